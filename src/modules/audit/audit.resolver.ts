import { Arg, Authorized, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { AuditEvent } from './audit-event.entity';
import { AuditService } from './audit.service';

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON)
  @Query(() => [AuditEvent], { description: 'Changes to one record, newest first; entity is the type name, e.g. "Partner".' })
  auditTrail(@Arg('entity') entity: string, @Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<AuditEvent[]> {
    return new AuditService(context).auditTrail(entity, id);
  }
}
