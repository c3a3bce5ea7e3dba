import type { EntityManager } from '@mikro-orm/postgresql';
import { perRequest } from '../../core/loaders';
import { plainByIdLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { Region } from './region.entity';
import { School } from './school.entity';

/** Read paths: plain rows (see shared/plain-rows.ts), never managed entities. */
function createGeographyLoaders(em: EntityManager) {
  return {
    regionById: plainByIdLoader(em, Region),
    schoolById: plainByIdLoader(em, School),
    schoolsByRegion: plainRowsByKeyLoader(em, School, 'region', { name: 'asc' }),
  };
}

/** This request's geography loaders, created on first use. */
export const geographyLoaders = perRequest(createGeographyLoaders);
