import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { HubContext } from '../../core/context';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import { runWrite } from '../../core/unit-of-work';
import { School } from '../geography/school.entity';
import { Partner } from '../partners/partner.entity';
import { findPlain } from '../shared/plain-rows';
import { snapshot } from '../shared/snapshot';
import { CareerParticipation } from './career-participation.entity';
import { CommunityExperienceCount } from './community-experience.entity';
import { assertSchoolYear, type RecordCareerParticipationInput, type RecordCommunityExperiencesInput } from './pathways.inputs';

function checkSchoolYear(schoolYear: string): void {
  if (!assertSchoolYear(schoolYear)) throw new BadUserInputError('schoolYear must name two consecutive years, e.g. "2025-26"');
}

async function flushOrConflict(flush: () => Promise<void>): Promise<void> {
  try {
    await flush();
  } catch (error) {
    if (error instanceof UniqueConstraintViolationException) throw new ConflictError('Recorded at the same time by someone else; retry');
    throw error;
  }
}

/** Career-programme participation by profession and community-based experiences of 9th graders. */
export class PathwaysService {
  constructor(private readonly context: HubContext) {}

  careerParticipation(schoolYear: string): Promise<CareerParticipation[]> {
    checkSchoolYear(schoolYear);
    return findPlain(this.context.em, CareerParticipation, { schoolYear }, { orderBy: { profession: 'asc', id: 'asc' } });
  }

  communityExperiences(schoolYear: string): Promise<CommunityExperienceCount[]> {
    checkSchoolYear(schoolYear);
    return findPlain(this.context.em, CommunityExperienceCount, { schoolYear }, { orderBy: { id: 'asc' } });
  }

  recordCareerParticipation(input: RecordCareerParticipationInput): Promise<CareerParticipation> {
    return runWrite(this.context, async ({ em, audit }) => {
      checkSchoolYear(input.schoolYear);
      const school = await em.findOne(School, input.schoolId);
      if (!school) throw new NotFoundError('School', input.schoolId);
      const partner = input.partnerId ? await em.findOne(Partner, input.partnerId) : null;
      if (input.partnerId && !partner) throw new NotFoundError('Partner', input.partnerId);
      const profession = input.profession.trim().replace(/\s+/g, ' ');
      let row = await em.findOne(CareerParticipation, { schoolYear: input.schoolYear, school, profession });
      const before = row ? snapshot(row) : null;
      if (row) Object.assign(row, { participants: input.participants, partner });
      else row = em.create(CareerParticipation, { schoolYear: input.schoolYear, school, profession, participants: input.participants, partner });
      await flushOrConflict(() => em.flush());
      audit({ action: 'recordCareerParticipation', entityType: 'CareerParticipation', entityId: row.id, before, after: snapshot(row) });
      return row;
    });
  }

  recordCommunityExperiences(input: RecordCommunityExperiencesInput): Promise<CommunityExperienceCount> {
    return runWrite(this.context, async ({ em, audit }) => {
      checkSchoolYear(input.schoolYear);
      if (input.withExperience > input.ninthGraders) throw new BadUserInputError('withExperience cannot exceed ninthGraders');
      const school = await em.findOne(School, input.schoolId);
      if (!school) throw new NotFoundError('School', input.schoolId);
      let row = await em.findOne(CommunityExperienceCount, { schoolYear: input.schoolYear, school });
      const before = row ? snapshot(row) : null;
      const counts = { ninthGraders: input.ninthGraders, withExperience: input.withExperience };
      if (row) Object.assign(row, counts);
      else row = em.create(CommunityExperienceCount, { schoolYear: input.schoolYear, school, ...counts });
      await flushOrConflict(() => em.flush());
      audit({ action: 'recordCommunityExperiences', entityType: 'CommunityExperienceCount', entityId: row.id, before, after: snapshot(row) });
      return row;
    });
  }
}
