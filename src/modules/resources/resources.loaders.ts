import type { EntityManager } from '@mikro-orm/postgresql';
import { perRequest } from '../../core/loaders';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { plainByIdLoader, plainPivotLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { Resource } from './resource.entity';

/** Read paths: plain rows (see shared/plain-rows.ts), never managed entities. */
function createResourceLoaders(em: EntityManager) {
  return {
    resourceById: plainByIdLoader(em, Resource),
    resourcesByPartner: plainRowsByKeyLoader(em, Resource, 'partner', { name: 'asc', id: 'asc' }),
    regionsByResource: plainPivotLoader(em, { table: 'resource_regions', ownerColumn: 'resource_id', targetColumn: 'region_id' }, Region),
    schoolsByResource: plainPivotLoader(em, { table: 'resource_schools', ownerColumn: 'resource_id', targetColumn: 'school_id' }, School),
  };
}

/** This request's resource loaders, created on first use. */
export const resourceLoaders = perRequest(createResourceLoaders);
