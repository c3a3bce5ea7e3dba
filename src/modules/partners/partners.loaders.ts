import type { EntityManager } from '@mikro-orm/postgresql';
import { pivotLoader, perRequest } from '../../core/loaders';
import { plainByIdLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { PartnerAgreement } from './partner-agreement.entity';
import { PartnerTraining } from './partner-training.entity';
import { Partner } from './partner.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';

/** Read paths: plain rows (see shared/plain-rows.ts), never managed entities. */
function createPartnerLoaders(em: EntityManager) {
  const regionById = plainByIdLoader(em, Region);
  const schoolById = plainByIdLoader(em, School);
  return {
    partnerById: plainByIdLoader(em, Partner),
    regionsByPartner: pivotLoader(em, { table: 'partner_regions', ownerColumn: 'partner_id', targetColumn: 'region_id' }, regionById),
    schoolsByPartner: pivotLoader(em, { table: 'partner_schools', ownerColumn: 'partner_id', targetColumn: 'school_id' }, schoolById),
    agreementsByPartner: plainRowsByKeyLoader(em, PartnerAgreement, 'partner', { startsAt: 'desc', id: 'asc' }),
    trainingsByPartner: plainRowsByKeyLoader(em, PartnerTraining, 'partner', { trainedAt: 'desc', id: 'asc' }),
  };
}

/** This request's partner loaders, created on first use. */
export const partnerLoaders = perRequest(createPartnerLoaders);
