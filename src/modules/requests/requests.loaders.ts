import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, pivotLoader, perRequest } from '../../core/loaders';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Communication } from './communication.entity';
import { Request } from './request.entity';
import { ResolutionAcknowledgement } from './resolution-acknowledgement.entity';

function createRequestLoaders(em: EntityManager) {
  const requestById = entityByIdLoader(em, Request);
  return {
    requestById,
    focalGroupsByRequest: pivotLoader(
      em,
      { table: 'request_focal_groups', ownerColumn: 'request_id', targetColumn: 'focal_group_id' },
      entityByIdLoader(em, FocalGroup),
    ),
    requestsByFocalGroup: pivotLoader(
      em,
      { table: 'request_focal_groups', ownerColumn: 'focal_group_id', targetColumn: 'request_id' },
      requestById,
    ),
    dependenciesByRequest: pivotLoader(
      em,
      { table: 'request_dependency', ownerColumn: 'request_id', targetColumn: 'depends_on_id' },
      requestById,
    ),
    requestsByPartner: new DataLoader<string, Request[]>(async (partnerIds) => {
      const rows = await em.find(Request, { partner: { $in: [...partnerIds] } }, { orderBy: { createdAt: 'desc', id: 'desc' } });
      return groupBy(partnerIds, rows, (row) => row.partner!.id);
    }),
    communicationsByRequest: new DataLoader<string, Communication[]>(async (requestIds) => {
      const rows = await em.find(Communication, { request: { $in: [...requestIds] } }, { orderBy: { communicatedAt: 'asc', id: 'asc' } });
      return groupBy(requestIds, rows, (row) => row.request.id);
    }),
    acknowledgementsByRequest: new DataLoader<string, ResolutionAcknowledgement[]>(async (requestIds) => {
      const rows = await em.find(ResolutionAcknowledgement, { request: { $in: [...requestIds] } }, { orderBy: { createdAt: 'asc' } });
      return groupBy(requestIds, rows, (row) => row.request.id);
    }),
  };
}

/** This request's request loaders, created on first use. */
export const requestLoaders = perRequest(createRequestLoaders);
