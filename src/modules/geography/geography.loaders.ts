import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { Region } from './region.entity';
import { School } from './school.entity';

function createGeographyLoaders(em: EntityManager) {
  return {
    regionById: entityByIdLoader(em, Region),
    schoolById: entityByIdLoader(em, School),
    schoolsByRegion: new DataLoader<string, School[]>(async (regionIds) => {
      const schools = await em.find(School, { region: { $in: [...regionIds] } }, { orderBy: { name: 'asc' } });
      return groupBy(regionIds, schools, (school) => school.region.id);
    }),
  };
}

/** This request's geography loaders, created on first use. */
export const geographyLoaders = perRequest(createGeographyLoaders);
