import type { InboxLetterDraftsQuery, InboxRequestFieldsFragment, InboxRequestsQuery } from '../../generated/graphql';

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

/** The requests with letters still to review or send, each once, with how many letters it has, in the drafts' order. */
export function requestsWithDrafts(drafts: InboxLetterDraftsQuery['communicationDrafts']): { request: InboxRequestFieldsFragment; drafts: number }[] {
  const byRequest = new Map<string, { request: InboxRequestFieldsFragment; drafts: number }>();
  for (const draft of drafts) {
    const entry = byRequest.get(draft.request.id);
    if (entry) entry.drafts += 1;
    else byRequest.set(draft.request.id, { request: draft.request, drafts: 1 });
  }
  return [...byRequest.values()];
}

export type { InboxRequest };
