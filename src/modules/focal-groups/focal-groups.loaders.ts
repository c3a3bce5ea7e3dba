import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { FocalGroup } from './focal-group.entity';

function createFocalGroupLoaders(em: EntityManager) {
  return {
    focalGroupById: entityByIdLoader(em, FocalGroup),
    focalGroupsByRegion: new DataLoader<string, FocalGroup[]>(async (regionIds) => {
      const groups = await em.find(FocalGroup, { region: { $in: [...regionIds] } }, { orderBy: { name: 'asc' } });
      return groupBy(regionIds, groups, (group) => group.region!.id);
    }),
  };
}

/** This request's focalGroup loaders, created on first use. */
export const focalGroupLoaders = perRequest(createFocalGroupLoaders);
