import type { InboxRequestsQuery } from '../../generated/graphql';

type InboxRequest = InboxRequestsQuery['requests']['edges'][number]['node'];

const CLOSED = new Set(['RESOLVED']);
const ANSWERED_OUTCOMES = new Set(['DECLINED', 'IMPLEMENTED']);

/** No message to the community yet, or the community spoke last: someone owes an answer. */
export function needsReply(request: InboxRequest): boolean {
  if (CLOSED.has(request.status)) return false;
  const sent = request.communications.filter((communication) => !communication.draft);
  const lastTo = sent.filter((communication) => communication.direction === 'TO_COMMUNITY').map((communication) => communication.communicatedAt).sort().at(-1);
  const lastFrom = sent.filter((communication) => communication.direction === 'FROM_COMMUNITY').map((communication) => communication.communicatedAt).sort().at(-1);
  return lastTo === undefined || (lastFrom !== undefined && lastFrom > lastTo);
}

/** Answered (declined or implemented) but some focal group has not acknowledged it yet. */
export function awaitingAcknowledgement(request: InboxRequest): boolean {
  return ANSWERED_OUTCOMES.has(request.status) && request.awaitingAcknowledgementFrom.length > 0;
}

/** Letters the system drafted (e.g. on plan adoption) that a liaison still has to review and send. */
export function draftLetters(request: InboxRequest): InboxRequest['communications'] {
  return request.communications.filter((communication) => communication.draft);
}

export type { InboxRequest };
