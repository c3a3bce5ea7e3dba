import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, perRequest } from '../../core/loaders';
import { EngagementSession } from '../engagement/engagement-session.entity';
import { plainByIdLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { EngagementCommitment } from './engagement-commitment.entity';
import { EngagementPhase } from './engagement-phase.entity';
import { EngagementPlan } from './engagement-plan.entity';
import { PersonalVisit } from './personal-visit.entity';
import { SchoolRecommendation } from './school-recommendation.entity';

function createSchoolEngagementLoaders(em: EntityManager) {
  return {
    planById: plainByIdLoader(em, EngagementPlan),
    phaseById: plainByIdLoader(em, EngagementPhase),
    commitmentsByPlan: plainRowsByKeyLoader(em, EngagementCommitment, 'plan', { dueAt: 'asc', id: 'asc' }),
    phasesByPlan: plainRowsByKeyLoader(em, EngagementPhase, 'plan', { startsAt: 'asc', id: 'asc' }),
    recommendationsByPlan: plainRowsByKeyLoader(em, SchoolRecommendation, 'plan', { createdAt: 'asc', id: 'asc' }),
    sessionsByPhase: plainRowsByKeyLoader(em, EngagementSession, 'phase', { heldAt: 'asc', id: 'asc' }),
    visitsByPhase: plainRowsByKeyLoader(em, PersonalVisit, 'phase', { visitedAt: 'asc', id: 'asc' }),
    visitCountByPhase: new DataLoader<string, number>(async (phaseIds) => {
      const rows = await em
        .getConnection()
        .execute<{ phase_id: string; visits: string }[]>('select phase_id, count(*) as visits from personal_visit where phase_id in (?) group by phase_id', [[...phaseIds]]);
      return groupBy(phaseIds, rows, (row) => row.phase_id).map((group) => (group.length > 0 ? Number(group[0].visits) : 0));
    }),
  };
}

/** This request's school-engagement loaders, created on first use. */
export const schoolEngagementLoaders = perRequest(createSchoolEngagementLoaders);
