import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader } from '../../server/loaders';
import { EquityLens } from './equity-lens.entity';

export function createEquityLensLoaders(em: EntityManager) {
  return {
    equityLensById: entityByIdLoader(em, EquityLens),
  };
}
