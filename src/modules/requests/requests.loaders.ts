import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { groupBy, pivotLoader, perRequest } from '../../core/loaders';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { plainByIdLoader, plainPivotLoader, plainRowsByKeyLoader } from '../shared/plain-rows';
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

/** This request's request loaders, created on first use. */
export const requestLoaders = perRequest(createRequestLoaders);
