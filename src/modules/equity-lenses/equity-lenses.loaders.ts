import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, perRequest } from '../../core/loaders';
import { EquityLens } from './equity-lens.entity';

function createEquityLensLoaders(em: EntityManager) {
  return {
    equityLensById: entityByIdLoader(em, EquityLens),
  };
}

/** This request's equityLens loaders, created on first use. */
export const equityLensLoaders = perRequest(createEquityLensLoaders);
