import type { InboxRequestsQuery } from '../../generated/graphql';

type InboxRequest = InboxRequestsQuery['requests']['edges'][number]['node'];

const CLOSED = new Set(['RESOLVED']);
const ANSWERED_OUTCOMES = new Set(['DECLINED', 'IMPLEMENTED']);

/** No message to the community yet, or the community spoke last: someone owes an answer. */
export function needsReply(request: InboxRequest): boolean {
  if (CLOSED.has(request.status)) return false;
  const lastTo = request.communications.filter((communication) => communication.direction === 'TO_COMMUNITY').map((communication) => communication.communicatedAt).sort().at(-1);
  const lastFrom = request.communications.filter((communication) => communication.direction === 'FROM_COMMUNITY').map((communication) => communication.communicatedAt).sort().at(-1);
  return lastTo === undefined || (lastFrom !== undefined && lastFrom > lastTo);
}

/** Answered (declined or implemented) but some focal group has not acknowledged it yet. */
export function awaitingAcknowledgement(request: InboxRequest): boolean {
  return ANSWERED_OUTCOMES.has(request.status) && request.awaitingAcknowledgementFrom.length > 0;
}

export type { InboxRequest };
