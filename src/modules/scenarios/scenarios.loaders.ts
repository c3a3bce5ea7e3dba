import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { Request } from '../requests/request.entity';
import { registerPrefetch } from '../shared/prefetch';
import { Scenario } from './scenario.entity';
import { ScenarioItem } from './scenario-item.entity';

function createScenarioLoaders(em: EntityManager) {
  return {
    scenarioById: entityByIdLoader(em, Scenario),
    /** Items in plan order (tier, then rank), with their requests so partner filtering needs no extra query. */
    itemsByScenario: new DataLoader<string, ScenarioItem[]>(async (scenarioIds) => {
      const items = await em.find(ScenarioItem, { scenario: { $in: [...scenarioIds] } }, { populate: ['request'], orderBy: { tier: 'asc', rank: 'asc' } });
      return groupBy(scenarioIds, items, (item) => item.scenario.id);
    }),
  };
}

registerPrefetch('Allocation', 'request', { type: 'Request', entity: Request, many: false, source: (parent, target) => `from request ${target} where ${target}.id = ${parent}.request_id` });

/** This request's scenario loaders, created on first use. */
export const scenarioLoaders = perRequest(createScenarioLoaders);
