import type { EntityManager } from '@mikro-orm/postgresql';
import { DerivedSource } from '../equity-lenses/equity-lens.entity';
import { computeRepresentation } from '../engagement/representation.service';
import { AgreementStatus, Partner, type PriorityArea } from '../partners/partner.entity';
import { favourabilityByTopicAndFocalGroup } from '../surveys/survey-need';

/** What the derived criteria need to know about one candidate request. */
export interface CandidateRequest {
  id: string;
  peopleImpacted: number;
  priorityArea: PriorityArea;
  partner: Partner | null;
  surveyTopic: string | null;
  focalGroupIds: string[];
}

/** request id -> score in 0..1, per derived source. */
export type DerivedScores = Map<DerivedSource, Map<string, number>>;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Representation gap = max over the request's focal groups of clamp(1 − participationRate, 0, 1),
 * from the district-wide representation report. participationRate is the group's share of
 * engagement attendance divided by its share of the population: a group never heard from scores 1,
 * a group heard in proportion (or more) scores 0. A group with no population share (rate null)
 * counts 0; a request without focal groups scores 0.
 */
async function representationGap(em: EntityManager, requests: CandidateRequest[]): Promise<Map<string, number>> {
  const report = await computeRepresentation(em, null);
  const gapByGroup = new Map(report.groups.map((group) => [group.focalGroupId, group.participationRate === null ? 0 : clamp01(1 - group.participationRate)]));
  return new Map(requests.map((request) => [request.id, Math.max(0, ...request.focalGroupIds.map((id) => gapByGroup.get(id) ?? 0))]));
}

/**
 * Survey need = 1 − mean(percentFavourable ÷ 100) over the request's focal groups that have survey
 * data on its surveyTopic with at least minCellSize respondents; 0 without a topic or such data
 * (no evidence of need is not evidence of need).
 */
async function surveyNeed(em: EntityManager, requests: CandidateRequest[], minCellSize: number): Promise<Map<string, number>> {
  const topics = [...new Set(requests.flatMap((request) => (request.surveyTopic ? [request.surveyTopic] : [])))];
  const groupIds = [...new Set(requests.flatMap((request) => request.focalGroupIds))];
  const cells = await favourabilityByTopicAndFocalGroup(em, topics, groupIds, minCellSize);
  const favourable = new Map(cells.filter((cell) => cell.respondents >= minCellSize).map((cell) => [`${cell.topic}\u0000${cell.focalGroupId}`, cell.percentFavourable]));
  return new Map(
    requests.map((request) => {
      const shares = request.focalGroupIds
        .map((groupId) => favourable.get(`${request.surveyTopic}\u0000${groupId}`))
        .filter((percent): percent is number => percent !== undefined);
      if (!request.surveyTopic || shares.length === 0) return [request.id, 0];
      return [request.id, clamp01(1 - shares.reduce((sum, percent) => sum + percent / 100, 0) / shares.length)];
    }),
  );
}

/** Reach = peopleImpacted ÷ the largest peopleImpacted among the scenario's candidates (0 when all are 0). */
function reach(requests: CandidateRequest[]): Map<string, number> {
  const most = Math.max(0, ...requests.map((request) => request.peopleImpacted));
  return new Map(requests.map((request) => [request.id, most > 0 ? request.peopleImpacted / most : 0]));
}

/**
 * Priority alignment against the district's priorities, taken to be the priority areas of the
 * partners with a SIGNED declaration of cooperation:
 *   1   the request's priority area is one of them, and it has no sponsoring partner or its
 *       sponsor is trained on the district's protocols;
 *   0.5 the area is one of them but the sponsor is not trained yet;
 *   0   the area is not a district priority.
 */
async function priorityAlignment(em: EntityManager, requests: CandidateRequest[]): Promise<Map<string, number>> {
  const signed = await em.find(Partner, { agreementStatus: AgreementStatus.SIGNED });
  const priorities = new Set(signed.flatMap((partner) => partner.priorityAreas));
  return new Map(
    requests.map((request) => {
      if (!priorities.has(request.priorityArea)) return [request.id, 0];
      const trained = request.partner === null || Boolean(request.partner.trainedOnProtocolsAt);
      return [request.id, trained ? 1 : 0.5];
    }),
  );
}

/** Computes only the sources the lens uses, each in a constant number of statements. */
export async function deriveCriterionScores(
  em: EntityManager,
  requests: CandidateRequest[],
  sources: Set<DerivedSource>,
  minCellSize: number,
): Promise<DerivedScores> {
  const scores: DerivedScores = new Map();
  if (requests.length === 0) return scores;
  if (sources.has(DerivedSource.REPRESENTATION_GAP)) scores.set(DerivedSource.REPRESENTATION_GAP, await representationGap(em, requests));
  if (sources.has(DerivedSource.SURVEY_NEED)) scores.set(DerivedSource.SURVEY_NEED, await surveyNeed(em, requests, minCellSize));
  if (sources.has(DerivedSource.REACH)) scores.set(DerivedSource.REACH, reach(requests));
  if (sources.has(DerivedSource.PRIORITY_ALIGNMENT)) scores.set(DerivedSource.PRIORITY_ALIGNMENT, await priorityAlignment(em, requests));
  return scores;
}
