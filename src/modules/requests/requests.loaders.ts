import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, pivotLoader, perRequest } from '../../core/loaders';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Partner } from '../partners/partner.entity';
import { plainByIdLoader, plainPivotLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
import { registerPrefetch } from '../shared/prefetch';
import { Communication } from './communication.entity';
import { Request } from './request.entity';
import { ResolutionAcknowledgement } from './resolution-acknowledgement.entity';

/** Read paths: every loader answers plain rows (see shared/plain-rows.ts), never managed entities. */
function createRequestLoaders(em: EntityManager) {
  const requestById = plainByIdLoader(em, Request);
  return {
    requestById,
    focalGroupsByRequest: plainPivotLoader(em, { table: 'request_focal_groups', ownerColumn: 'request_id', targetColumn: 'focal_group_id' }, FocalGroup),
    requestsByFocalGroup: plainPivotLoader(em, { table: 'request_focal_groups', ownerColumn: 'focal_group_id', targetColumn: 'request_id' }, Request),
    dependenciesByRequest: pivotLoader(
      em,
      { table: 'request_dependency', ownerColumn: 'request_id', targetColumn: 'depends_on_id' },
      requestById,
    ),
    requestsByPartner: plainRowsByKeyLoader(em, Request, 'partner', { createdAt: 'desc', id: 'desc' }),
    communicationsByRequest: plainRowsByKeyLoader(em, Communication, 'request', { communicatedAt: 'asc', id: 'asc' }),
    acknowledgementsByRequest: new DataLoader<string, ResolutionAcknowledgement[]>(async (requestIds) => {
      const rows = await em.find(ResolutionAcknowledgement, { request: { $in: [...requestIds] } }, { orderBy: { createdAt: 'asc' } });
      return groupBy(requestIds, rows, (row) => row.request.id);
    }),
  };
}

// The same relations as the loaders above, in the same order, for lists that prefetch their selection (shared/prefetch.ts).
registerPrefetch('Request', 'focalGroups', {
  type: 'FocalGroup',
  entity: FocalGroup,
  many: true,
  source: (parent, target) => `from request_focal_groups ${target}_link join focal_group ${target} on ${target}.id = ${target}_link.focal_group_id where ${target}_link.request_id = ${parent}.id`,
  orderBy: (target) => `${target}_link.focal_group_id`,
});
registerPrefetch('Request', 'partner', { type: 'Partner', entity: Partner, many: false, source: (parent, target) => `from partner ${target} where ${target}.id = ${parent}.partner_id` });
registerPrefetch('Request', 'communications', {
  type: 'Communication',
  entity: Communication,
  many: true,
  source: (parent, target) => `from communication ${target} where ${target}.request_id = ${parent}.id`,
  orderBy: (target) => `${target}.communicated_at, ${target}.id`,
});
registerPrefetch('FocalGroup', 'requests', {
  type: 'Request',
  entity: Request,
  many: true,
  source: (parent, target) => `from request_focal_groups ${target}_link join request ${target} on ${target}.id = ${target}_link.request_id where ${target}_link.focal_group_id = ${parent}.id`,
  orderBy: (target) => `${target}_link.request_id`,
  // requestsOfFocalGroup sorts them newest first, ties by id.
  reads: ['createdAt', 'id'],
});
registerPrefetch('Partner', 'requests', {
  type: 'Request',
  entity: Request,
  many: true,
  source: (parent, target) => `from request ${target} where ${target}.partner_id = ${parent}.id`,
  orderBy: (target) => `${target}.created_at desc, ${target}.id desc`,
});

/** This request's request loaders, created on first use. */
export const requestLoaders = perRequest(createRequestLoaders);
