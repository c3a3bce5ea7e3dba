import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { HubContext } from '../../core/context';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { KeyResult } from './key-result.entity';
import { assessKeyResult, measureKeyResults, type KeyResultAssessment } from './key-result-measurement';
import { Objective } from './objective.entity';

function createKeyResultLoaders(em: EntityManager) {
  return {
    objectiveById: entityByIdLoader(em, Objective),
    keyResultsByObjective: new DataLoader<string, KeyResult[]>(async (objectiveIds) => {
      const keyResults = await em.find(KeyResult, { objective: { $in: [...objectiveIds] } }, { orderBy: { createdAt: 'asc', id: 'asc' } });
      return groupBy(objectiveIds, keyResults, (keyResult) => keyResult.objective.id);
    }),
  };
}

const assessmentLoaders = new WeakMap<HubContext, DataLoader<KeyResult, KeyResultAssessment>>();

/**
 * Per request, all key results asked for in one tick are measured together. Kept beside the
 * registry loaders because measuring needs the request's configuration (MIN_CELL_SIZE).
 */
export function keyResultAssessmentLoader(context: HubContext): DataLoader<KeyResult, KeyResultAssessment> {
  let loader = assessmentLoaders.get(context);
  if (!loader) {
    const now = new Date();
    loader = new DataLoader(async (keyResults) => {
      const values = await measureKeyResults(context.em, keyResults, context.config.MIN_CELL_SIZE);
      return keyResults.map((keyResult) => assessKeyResult(keyResult, values.get(keyResult.id) ?? null, now));
    });
    assessmentLoaders.set(context, loader);
  }
  return loader;
}

/** This request's keyResult loaders, created on first use. */
export const keyResultLoaders = perRequest(createKeyResultLoaders);
