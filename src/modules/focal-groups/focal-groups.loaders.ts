import type { EntityManager } from '@mikro-orm/postgresql';
import { perRequest } from '../../core/loaders';
import { plainByIdLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { registerPrefetch } from '../shared/prefetch';
import { FocalGroup } from './focal-group.entity';

/** Read paths: plain rows (see shared/plain-rows.ts), never managed entities. */
function createFocalGroupLoaders(em: EntityManager) {
  return {
    focalGroupById: plainByIdLoader(em, FocalGroup),
    focalGroupsByRegion: plainRowsByKeyLoader(em, FocalGroup, 'region', { name: 'asc', id: 'asc' }),
  };
}

registerPrefetch('Region', 'focalGroups', {
  type: 'FocalGroup',
  entity: FocalGroup,
  many: true,
  source: (parent, target) => `from focal_group ${target} where ${target}.region_id = ${parent}.id`,
  orderBy: (target) => `${target}.name, ${target}.id`,
});

/** This request's focalGroup loaders, created on first use. */
export const focalGroupLoaders = perRequest(createFocalGroupLoaders);
