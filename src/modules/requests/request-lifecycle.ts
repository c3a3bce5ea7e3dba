import { BadUserInputError } from '../../core/errors';
import { RequestStatus } from './request.entity';

/**
 * The request lifecycle as data: each status and the statuses it may move to next.
 * DEFERRED and DECLINED can be reopened (budgets change, communities push back); RESOLVED is
 * final and additionally needs an acknowledgement from every focal group of the request.
 */
export const REQUEST_TRANSITIONS: Readonly<Record<RequestStatus, readonly RequestStatus[]>> = {
  [RequestStatus.SUBMITTED]: [RequestStatus.UNDER_REVIEW, RequestStatus.DECLINED],
  [RequestStatus.UNDER_REVIEW]: [RequestStatus.TIERED, RequestStatus.DECLINED],
  [RequestStatus.TIERED]: [RequestStatus.FUNDED, RequestStatus.DEFERRED, RequestStatus.DECLINED],
  [RequestStatus.FUNDED]: [RequestStatus.IMPLEMENTED, RequestStatus.DEFERRED],
  [RequestStatus.DEFERRED]: [RequestStatus.UNDER_REVIEW, RequestStatus.TIERED, RequestStatus.FUNDED],
  [RequestStatus.DECLINED]: [RequestStatus.UNDER_REVIEW, RequestStatus.RESOLVED],
  [RequestStatus.IMPLEMENTED]: [RequestStatus.RESOLVED],
  [RequestStatus.RESOLVED]: [],
};

/** Statuses that give the focal groups a final answer, so the groups can acknowledge it. */
export const ACKNOWLEDGEABLE_STATUSES: readonly RequestStatus[] = Object.entries(REQUEST_TRANSITIONS)
  .filter(([, next]) => next.includes(RequestStatus.RESOLVED))
  .map(([status]) => status as RequestStatus);

export function allowedTransitions(from: RequestStatus): readonly RequestStatus[] {
  return REQUEST_TRANSITIONS[from];
}

export function assertTransitionAllowed(from: RequestStatus, to: RequestStatus): void {
  const allowed = allowedTransitions(from);
  if (allowed.includes(to)) return;
  const options = allowed.length > 0 ? `allowed next states: ${allowed.join(', ')}` : `${from} is final`;
  throw new BadUserInputError(`A request cannot move from ${from} to ${to}; ${options}`, { from, to, allowed: [...allowed] });
}
