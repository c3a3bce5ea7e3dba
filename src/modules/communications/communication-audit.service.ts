import type { HubContext } from '../../core/context';
import { BadUserInputError } from '../../core/errors';
import { OPEN_DRAFT_STATUSES } from './communication-draft.entity';
import { CommunicationAudit, CommunicationAuditGroup, CommunicationAuditLanguage } from './follow-through.types';

const MAX_AUDIT_DAYS = 3 * 366;
const DAY_MILLIS = 86_400_000;

const percent = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The yearly communication audit (issue 13): per focal group, the communications that reached it
 * in [from, to) and the share in its languages, how long its requests raised in the period waited
 * for a first answer (answers logged before `to`), how many are still unanswered, and its open
 * letters awaiting translation, also broken down by language. Three statements whatever the size.
 *
 * A communication reaches a group when it is addressed to it, or addressed to nobody in particular
 * on one of the group's requests (then it reaches every group that raised the request).
 */
export class CommunicationAuditService {
  constructor(private readonly context: HubContext) {}

  async audit(from: Date, to: Date): Promise<CommunicationAudit> {
    if (!(to.getTime() > from.getTime())) throw new BadUserInputError('to must be after from');
    if (to.getTime() - from.getTime() > MAX_AUDIT_DAYS * DAY_MILLIS) throw new BadUserInputError(`An audit covers at most ${MAX_AUDIT_DAYS} days`);
    const connection = this.context.em.getConnection();
    const [groups, languageRows, requestRows, letterRows] = await Promise.all([
      connection.execute<{ id: string; languages: string[] }[]>('select id, languages from focal_group order by name asc, id asc'),
      connection.execute<{ focal_group_id: string; language: string; communications: number }[]>(
        `select coalesce(communication.focal_group_id, raised.focal_group_id) as focal_group_id, communication.language, count(*)::int as communications
         from communication
         left join request_focal_groups raised on communication.focal_group_id is null and raised.request_id = communication.request_id
         where communication.direction = 'TO_COMMUNITY' and communication.communicated_at >= ? and communication.communicated_at < ?
           and coalesce(communication.focal_group_id, raised.focal_group_id) is not null
         group by 1, 2`,
        [from, to],
      ),
      connection.execute<{ focal_group_id: string; days_to_first_reply: number | null }[]>(
        `select raised.focal_group_id,
                (select case when count(*) > 0 then greatest(0, extract(epoch from min(reply.communicated_at) - request.created_at) / 86400)::float8 end
                 from communication reply
                 where reply.request_id = request.id and reply.direction = 'TO_COMMUNITY' and reply.communicated_at < ?
                   and (reply.focal_group_id is null or reply.focal_group_id = raised.focal_group_id)) as days_to_first_reply
         from request join request_focal_groups raised on raised.request_id = request.id
         where request.created_at >= ? and request.created_at < ?`,
        [to, from, to],
      ),
      connection.execute<{ focal_group_id: string; language: string; letters: number }[]>(
        `select focal_group_id, requested_language as language, count(*)::int as letters
         from communication_draft
         where needs_translation and status in (${OPEN_DRAFT_STATUSES.map(() => '?').join(', ')}) and created_at < ?
         group by 1, 2`,
        [...OPEN_DRAFT_STATUSES, to],
      ),
    ]);
    return Object.assign(new CommunicationAudit(), {
      from,
      to,
      groups: groups.map((group) => {
        const spoken = new Set(group.languages);
        const communicationsByLanguage = new Map(languageRows.filter((row) => row.focal_group_id === group.id).map((row) => [row.language, row.communications]));
        const lettersByLanguage = new Map(letterRows.filter((row) => row.focal_group_id === group.id).map((row) => [row.language, row.letters]));
        const communications = [...communicationsByLanguage.values()].reduce((sum, count) => sum + count, 0);
        const inGroupLanguages = [...communicationsByLanguage].reduce((sum, [language, count]) => sum + (spoken.has(language) ? count : 0), 0);
        const requests = requestRows.filter((row) => row.focal_group_id === group.id);
        const days = requests.flatMap((row) => (row.days_to_first_reply === null ? [] : [Number(row.days_to_first_reply)])).sort((a, b) => a - b);
        const others = [...new Set([...communicationsByLanguage.keys(), ...lettersByLanguage.keys()])].filter((language) => !spoken.has(language)).sort();
        const byLanguage = [...group.languages, ...others].map((language) =>
          Object.assign(new CommunicationAuditLanguage(), {
            language,
            groupLanguage: spoken.has(language),
            communications: communicationsByLanguage.get(language) ?? 0,
            percentOfCommunications: percent(communicationsByLanguage.get(language) ?? 0, communications),
            lettersAwaitingTranslation: lettersByLanguage.get(language) ?? 0,
          }),
        );
        return Object.assign(new CommunicationAuditGroup(), {
          focalGroupId: group.id,
          languages: group.languages,
          communications,
          communicationsInGroupLanguages: inGroupLanguages,
          percentInGroupLanguages: percent(inGroupLanguages, communications),
          requests: requests.length,
          answered: days.length,
          unanswered: requests.length - days.length,
          meanDaysToFirstReply: days.length > 0 ? days.reduce((sum, value) => sum + value, 0) / days.length : null,
          medianDaysToFirstReply: median(days),
          lettersAwaitingTranslation: [...lettersByLanguage.values()].reduce((sum, count) => sum + count, 0),
          byLanguage,
        });
      }),
    });
  }
}
