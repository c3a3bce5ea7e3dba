import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, pivotLoader, perRequest } from '../../core/loaders';
import { Partner } from './partner.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';

function createPartnerLoaders(em: EntityManager) {
  const regionById = entityByIdLoader(em, Region);
  const schoolById = entityByIdLoader(em, School);
  return {
    partnerById: entityByIdLoader(em, Partner),
    regionsByPartner: pivotLoader(em, { table: 'partner_regions', ownerColumn: 'partner_id', targetColumn: 'region_id' }, regionById),
    schoolsByPartner: pivotLoader(em, { table: 'partner_schools', ownerColumn: 'partner_id', targetColumn: 'school_id' }, schoolById),
  };
}

/** This request's partner loaders, created on first use. */
export const partnerLoaders = perRequest(createPartnerLoaders);
