import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import type { WriteScope } from '../../core/unit-of-work';
import { runWrite } from '../../core/unit-of-work';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { assertVersion, snapshot } from '../shared/snapshot';
import { SurveyWave } from '../surveys/survey-wave.entity';
import { KeyResult, KeyResultMeasure, type KeyResultParameters } from './key-result.entity';
import type { CreateKeyResultInput, CreateObjectiveInput, KeyResultParametersInput, UpdateKeyResultInput, UpdateObjectiveInput } from './key-results.inputs';
import { Objective } from './objective.entity';
import { keyResultLoaders } from './key-results.loaders';

export class KeyResultsService {
  constructor(private readonly context: HubContext) {}

  objectives(): Promise<Objective[]> {
    return this.context.em.find(Objective, {}, { orderBy: { title: 'asc' } });
  }

  async keyResults(objectiveId: string | null): Promise<KeyResult[]> {
    if (objectiveId) {
      if (!(await keyResultLoaders(this.context).objectiveById.load(objectiveId))) throw new NotFoundError('Objective', objectiveId);
      return keyResultLoaders(this.context).keyResultsByObjective.load(objectiveId);
    }
    return this.context.em.find(KeyResult, {}, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  createObjective(input: CreateObjectiveInput): Promise<Objective> {
    return runWrite(this.context, async ({ em, audit }) => {
      const objective = em.create(Objective, { title: input.title, description: input.description ?? null });
      await em.flush();
      audit({ action: 'createObjective', entityType: 'Objective', entityId: objective.id, after: snapshot(objective) });
      return objective;
    });
  }

  updateObjective(input: UpdateObjectiveInput): Promise<Objective> {
    return runWrite(this.context, async ({ em, audit }) => {
      const objective = await em.findOne(Objective, input.id);
      if (!objective) throw new NotFoundError('Objective', input.id);
      assertVersion(objective, input.version, 'Objective');
      const before = snapshot(objective);
      if (input.title !== undefined) objective.title = input.title;
      if (input.description !== undefined) objective.description = input.description;
      await em.flush();
      audit({ action: 'updateObjective', entityType: 'Objective', entityId: objective.id, before, after: snapshot(objective) });
      return objective;
    });
  }

  createKeyResult(input: CreateKeyResultInput): Promise<KeyResult> {
    return runWrite(this.context, async (scope) => {
      const { em, audit } = scope;
      const objective = await em.findOne(Objective, input.objectiveId);
      if (!objective) throw new NotFoundError('Objective', input.objectiveId);
      assertDates(input.startDate, input.targetDate);
      const parameters = await validParameters(scope, input.measure, input.parameters);
      const keyResult = em.create(KeyResult, {
        objective,
        title: input.title,
        measure: input.measure,
        parameters,
        baseline: input.baseline,
        target: input.target,
        startDate: input.startDate,
        targetDate: input.targetDate,
      });
      await em.flush();
      audit({ action: 'createKeyResult', entityType: 'KeyResult', entityId: keyResult.id, after: snapshot(keyResult) });
      return keyResult;
    });
  }

  updateKeyResult(input: UpdateKeyResultInput): Promise<KeyResult> {
    return runWrite(this.context, async (scope) => {
      const { em, audit } = scope;
      const keyResult = await em.findOne(KeyResult, input.id);
      if (!keyResult) throw new NotFoundError('KeyResult', input.id);
      assertVersion(keyResult, input.version, 'KeyResult');
      const before = snapshot(keyResult);
      if (input.parameters !== undefined) keyResult.parameters = await validParameters(scope, keyResult.measure, input.parameters);
      if (input.title !== undefined) keyResult.title = input.title;
      if (input.baseline !== undefined) keyResult.baseline = input.baseline;
      if (input.target !== undefined) keyResult.target = input.target;
      if (input.startDate !== undefined) keyResult.startDate = input.startDate;
      if (input.targetDate !== undefined) keyResult.targetDate = input.targetDate;
      assertDates(keyResult.startDate, keyResult.targetDate);
      await em.flush();
      audit({ action: 'updateKeyResult', entityType: 'KeyResult', entityId: keyResult.id, before, after: snapshot(keyResult) });
      return keyResult;
    });
  }
}

function assertDates(startDate: Date, targetDate: Date): void {
  if (targetDate.getTime() <= startDate.getTime()) throw new BadUserInputError('targetDate must be after startDate');
}

/** Keeps only the parameters the measure reads, and checks that what it names exists. */
async function validParameters({ em }: WriteScope, measure: KeyResultMeasure, input: KeyResultParametersInput): Promise<KeyResultParameters> {
  const period = { periodStart: input.periodStart ?? null, periodEnd: input.periodEnd ?? null };
  if (period.periodStart && period.periodEnd && period.periodEnd.getTime() <= period.periodStart.getTime()) {
    throw new BadUserInputError('periodEnd must be after periodStart');
  }
  const focalGroup = async (required: boolean) => {
    if (!input.focalGroupId) {
      if (required) throw new BadUserInputError(`${measure} needs parameters.focalGroupId`);
      return null;
    }
    if (!(await em.findOne(FocalGroup, input.focalGroupId))) throw new NotFoundError('FocalGroup', input.focalGroupId);
    return input.focalGroupId;
  };
  switch (measure) {
    case KeyResultMeasure.SURVEY_FAVOURABILITY_CHANGE: {
      if (!input.topic || !input.fromWaveId || !input.toWaveId) throw new BadUserInputError(`${measure} needs parameters.topic, fromWaveId and toWaveId`);
      const waves = await em.find(SurveyWave, { id: { $in: [input.fromWaveId, input.toWaveId] } });
      for (const id of [input.fromWaveId, input.toWaveId]) if (!waves.some((wave) => wave.id === id)) throw new NotFoundError('SurveyWave', id);
      if (new Set(waves.map((wave) => wave.survey.id)).size > 1) throw new BadUserInputError('fromWaveId and toWaveId must be waves of the same survey');
      return { topic: input.topic, focalGroupId: await focalGroup(false), fromWaveId: input.fromWaveId, toWaveId: input.toWaveId };
    }
    case KeyResultMeasure.FAMILIES_REACHED_PER_GROUP:
      return { focalGroupId: await focalGroup(true), ...period };
    case KeyResultMeasure.SESSIONS_HELD:
      return period;
    case KeyResultMeasure.FAMILIES_ALIGNED_TO_RESOURCES:
      return { focalGroupId: await focalGroup(false), ...period };
    case KeyResultMeasure.PROFESSIONS_PARTICIPATING:
    case KeyResultMeasure.NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE: {
      const [start, end] = (input.schoolYear ?? '').split('-').map(Number);
      if (!input.schoolYear || (start + 1) % 100 !== end) throw new BadUserInputError(`${measure} needs parameters.schoolYear naming two consecutive years, e.g. "2025-26"`);
      return { schoolYear: input.schoolYear };
    }
    case KeyResultMeasure.FOLLOW_THROUGH:
      if (input.withinDays == null) throw new BadUserInputError(`${measure} needs parameters.withinDays`);
      return { withinDays: input.withinDays, ...period };
    case KeyResultMeasure.PERCENT_PARTNERS_TRAINED:
    case KeyResultMeasure.PERCENT_PARTNERS_ALIGNED:
      return {};
  }
}
