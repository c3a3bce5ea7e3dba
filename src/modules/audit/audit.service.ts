import { BadUserInputError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { AuditEvent } from './audit-event.entity';

export class AuditService {
  constructor(private readonly context: HubContext) {}

  /** Newest first. `entity` is the entity type name as recorded by mutations, e.g. "FocalGroup". */
  auditTrail(entity: string, id: string): Promise<AuditEvent[]> {
    if (!this.context.em.getMetadata().find(entity)) throw new BadUserInputError(`Unknown entity type ${entity}`, { entity });
    return this.context.em.find(AuditEvent, { entityType: entity, entityId: id }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }
}
