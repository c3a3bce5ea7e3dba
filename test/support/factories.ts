import type { EntityManager } from '@mikro-orm/postgresql';
import type { FocalGroup } from '../../src/modules/focal-groups/focal-group.entity';
import { PriorityArea } from '../../src/modules/partners/partner.entity';
import { Request, RequestStatus } from '../../src/modules/requests/request.entity';

/** A request under review with recurring cost only, raised by `focalGroups`; unflushed. */
export function makeRequest(em: EntityManager, title: string, peopleImpacted: number, recurringCents: number, focalGroups: FocalGroup[]): Request {
  const request = em.create(Request, {
    title,
    description: `${title} (synthetic test request)`,
    priorityArea: PriorityArea.FAMILY_ENGAGEMENT,
    peopleImpacted,
    oneTimeCents: 0,
    recurringCents,
    fte: 0,
    earliestYear: 2027,
    status: RequestStatus.UNDER_REVIEW,
  });
  request.focalGroups.set(focalGroups);
  return request;
}
