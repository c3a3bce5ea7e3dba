import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer';
import { requireCredentials } from './authorization';
import type { HubContext } from './context';
import type { HubEvent } from './pubsub';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** What a mutation may do inside its transaction. */
export interface WriteScope {
  em: EntityManager;
  viewer: Viewer;
  audit(entry: AuditEntry): void;
  /** Queued; published only after the transaction commits. */
  publish(event: HubEvent): void;
}

/**
 * Runs one mutation as one transaction with its audit trail, and publishes its events only
 * once the commit succeeded: a write that rolls back tells no subscriber anything.
 */
export async function runWrite<T>(context: HubContext, work: (scope: WriteScope) => Promise<T>): Promise<T> {
  const viewer = requireCredentials(context);
  const events: HubEvent[] = [];
  const result = await context.em.transactional(async (em) =>
    work({
      em,
      viewer,
      audit: (entry) => {
        // By entity name: the audit feature owns the entity, and the core does not import features.
        em.create('AuditEvent', {
          actor: viewer.label,
          actorRole: viewer.role,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          before: entry.before ?? null,
          after: entry.after ?? null,
        });
      },
      publish: (event) => events.push(event),
    }),
  );
  for (const event of events) context.pubSub.publish(event.topic, event.payload as never);
  return result;
}
