import type { HubContext } from '../../core/context';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import { User } from '../auth/user.entity';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import { CommunicationDraftStatus, OPEN_DRAFT_STATUSES } from './communication-draft.entity';
import { FocalGroupNotYetTold, RequestAwaitingAcknowledgement, UnansweredRequest } from './follow-through.types';

const DAY_MILLIS = 86_400_000;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The lists answer at most this many rows, oldest first (DECLARED_LIST_SIZES says the same). */
export const FOLLOW_THROUGH_LIST_LIMIT = 500;
const MAX_DAYS = 3650;

const wholeDays = (since: Date, now: Date) => Math.max(0, Math.floor((now.getTime() - since.getTime()) / DAY_MILLIS));

/**
 * Keeping the lines open until every request is answered: requests owed an answer, requests
 * waiting for acknowledgements, focal groups not yet told about an adopted plan. Each list is one
 * statement whatever its length; the resolvers load the rows it names through the per-request loaders.
 */
export class FollowThroughService {
  constructor(
    private readonly context: HubContext,
    private readonly now: Date = new Date(),
  ) {}

  /**
   * Requests not RESOLVED that have been owed an answer for at least olderThanDays days: since their
   * last status change (or submission), or since the community last wrote about them when that is
   * later, nothing was said back to the community. liaisonId (a user) narrows the list to requests
   * of the focal groups whose liaison e-mail is that user's.
   */
  async unansweredRequests(olderThanDays: number, liaisonId: string | null): Promise<UnansweredRequest[]> {
    if (!Number.isInteger(olderThanDays) || olderThanDays < 0 || olderThanDays > MAX_DAYS) {
      throw new BadUserInputError(`olderThanDays must be a whole number from 0 to ${MAX_DAYS}`, { olderThanDays });
    }
    const liaisonEmail = liaisonId ? await this.liaisonEmail(liaisonId) : null;
    const cutoff = new Date(this.now.getTime() - olderThanDays * DAY_MILLIS);
    const rows = await this.context.em.getConnection().execute<{ id: string; waiting_since: Date; last_reply_at: Date | null }[]>(
      `with owed as (
         select request.id,
                greatest(request.status_changed_at,
                         coalesce((select max(message.communicated_at) from communication message
                                   where message.request_id = request.id and message.direction = 'FROM_COMMUNITY'), '-infinity')) as waiting_since,
                (select max(reply.communicated_at) from communication reply
                 where reply.request_id = request.id and reply.direction = 'TO_COMMUNITY') as last_reply_at
         from request
         where request.status <> 'RESOLVED'
           ${liaisonEmail === null ? '' : `and exists (select 1 from request_focal_groups raised join focal_group on focal_group.id = raised.focal_group_id
                                                        where raised.request_id = request.id and lower(focal_group.liaison_email) = lower(?))`}
       )
       select id, waiting_since, last_reply_at from owed
       where waiting_since <= ? and (last_reply_at is null or last_reply_at < waiting_since)
       order by waiting_since asc, id asc
       limit ${FOLLOW_THROUGH_LIST_LIMIT}`,
      liaisonEmail === null ? [cutoff] : [liaisonEmail, cutoff],
    );
    return rows.map((row) =>
      Object.assign(new UnansweredRequest(), {
        requestId: row.id,
        waitingSince: new Date(row.waiting_since),
        daysWaiting: wholeDays(new Date(row.waiting_since), this.now),
        neverAnswered: row.last_reply_at === null,
        lastReplyAt: row.last_reply_at === null ? null : new Date(row.last_reply_at),
      }),
    );
  }

  /** DECLINED or IMPLEMENTED requests with focal groups that have not acknowledged the answer, longest waiting first. */
  async requestsAwaitingAcknowledgement(liaisonId: string | null): Promise<RequestAwaitingAcknowledgement[]> {
    const liaisonEmail = liaisonId ? await this.liaisonEmail(liaisonId) : null;
    const rows = await this.context.em.getConnection().execute<{ id: string; status_changed_at: Date; focal_group_ids: string[] }[]>(
      `select request.id, request.status_changed_at, array_agg(focal_group.id order by focal_group.name, focal_group.id) as focal_group_ids
       from request
       join request_focal_groups raised on raised.request_id = request.id
       join focal_group on focal_group.id = raised.focal_group_id
       where request.status in ('DECLINED', 'IMPLEMENTED')
         and not exists (select 1 from resolution_acknowledgement acknowledgement
                         where acknowledgement.request_id = request.id and acknowledgement.focal_group_id = focal_group.id)
         ${liaisonEmail === null ? '' : 'and lower(focal_group.liaison_email) = lower(?)'}
       group by request.id, request.status_changed_at
       order by request.status_changed_at asc, request.id asc
       limit ${FOLLOW_THROUGH_LIST_LIMIT}`,
      liaisonEmail === null ? [] : [liaisonEmail],
    );
    return rows.map((row) => Object.assign(new RequestAwaitingAcknowledgement(), { requestId: row.id, focalGroupIds: row.focal_group_ids, since: new Date(row.status_changed_at) }));
  }

  /**
   * Focal groups that raised a request placed in a cycle's adopted plan (every cycle's, without
   * cycleId) and have no SENT letter about that plan, longest waiting first.
   */
  async focalGroupsNotYetTold(cycleId: string | null): Promise<FocalGroupNotYetTold[]> {
    if (cycleId !== null) {
      const cycle = UUID_PATTERN.test(cycleId) ? await this.context.em.findOne(BudgetCycle, cycleId, { fields: ['id'] }) : null;
      if (!cycle) throw new NotFoundError('BudgetCycle', cycleId);
    }
    const rows = await this.context.em.getConnection().execute<{ focal_group_id: string; scenario_id: string; adopted_at: Date; letter_id: string | null }[]>(
      `with plan as (
         select scenario.id, scenario.adopted_at from scenario
         where scenario.adopted_at is not null and scenario.superseded_at is null ${cycleId === null ? '' : 'and scenario.cycle_id = ?'}
       ),
       raised as (
         select distinct plan.id as scenario_id, plan.adopted_at, raised.focal_group_id
         from plan
         join scenario_item item on item.scenario_id = plan.id
         join request_focal_groups raised on raised.request_id = item.request_id
       )
       select raised.focal_group_id, raised.scenario_id, raised.adopted_at,
              (select letter.id from communication_draft letter
               where letter.scenario_id = raised.scenario_id and letter.focal_group_id = raised.focal_group_id
                 and letter.status in (${OPEN_DRAFT_STATUSES.map(() => '?').join(', ')})) as letter_id
       from raised
       join focal_group on focal_group.id = raised.focal_group_id
       where not exists (select 1 from communication_draft sent
                         where sent.scenario_id = raised.scenario_id and sent.focal_group_id = raised.focal_group_id and sent.status = ?)
       order by raised.adopted_at asc, focal_group.name asc
       limit ${FOLLOW_THROUGH_LIST_LIMIT}`,
      [...(cycleId === null ? [] : [cycleId]), ...OPEN_DRAFT_STATUSES, CommunicationDraftStatus.SENT],
    );
    return rows.map((row) =>
      Object.assign(new FocalGroupNotYetTold(), {
        focalGroupId: row.focal_group_id,
        scenarioId: row.scenario_id,
        letterId: row.letter_id,
        adoptedAt: new Date(row.adopted_at),
        daysSinceAdoption: wholeDays(new Date(row.adopted_at), this.now),
      }),
    );
  }

  private async liaisonEmail(liaisonId: string): Promise<string> {
    const user = UUID_PATTERN.test(liaisonId) ? await this.context.em.findOne(User, liaisonId, { fields: ['email'] }) : null;
    if (!user) throw new NotFoundError('User', liaisonId);
    return user.email;
  }
}
