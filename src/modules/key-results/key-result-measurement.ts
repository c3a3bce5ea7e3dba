import type { EntityManager } from '@mikro-orm/postgresql';
import { SurveyWave } from '../surveys/survey-wave.entity';
import { surveyResultCells } from '../surveys/survey-results';
import { SurveyDimension, type SurveyResultCell } from '../surveys/survey-results.types';
import { KeyResultMeasure, KeyResultStatus, type KeyResult } from './key-result.entity';

/** How far behind the time-proportional expectation a key result may be and still count as on track / at risk. */
const ON_TRACK_TOLERANCE = 0.1;
const AT_RISK_TOLERANCE = 0.25;

export interface KeyResultAssessment {
  /** Null when the data cannot say: no partners, no answers, or a suppressed survey cell. */
  currentValue: number | null;
  progress: number | null;
  expectedProgress: number;
  status: KeyResultStatus | null;
}

/**
 * Current values of many key results with one statement per kind of measure (and one
 * aggregate per survey), never one per key result.
 */
export async function measureKeyResults(em: EntityManager, keyResults: readonly KeyResult[], minCellSize: number): Promise<Map<string, number | null>> {
  const values = new Map<string, number | null>();
  const byMeasure = (measure: KeyResultMeasure) => keyResults.filter((keyResult) => keyResult.measure === measure);
  await measurePartners(em, byMeasure(KeyResultMeasure.PERCENT_PARTNERS_TRAINED), byMeasure(KeyResultMeasure.PERCENT_PARTNERS_ALIGNED), values);
  await measureSessions(em, byMeasure(KeyResultMeasure.SESSIONS_HELD), byMeasure(KeyResultMeasure.FAMILIES_REACHED_PER_GROUP), values);
  await measureSurveyChanges(em, byMeasure(KeyResultMeasure.SURVEY_FAVOURABILITY_CHANGE), minCellSize, values);
  await measureFamiliesAligned(em, byMeasure(KeyResultMeasure.FAMILIES_ALIGNED_TO_RESOURCES), values);
  await measureSchoolYears(em, byMeasure(KeyResultMeasure.PROFESSIONS_PARTICIPATING), byMeasure(KeyResultMeasure.NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE), values);
  await measureFollowThrough(em, byMeasure(KeyResultMeasure.FOLLOW_THROUGH), values);
  return values;
}

async function measurePartners(em: EntityManager, trained: KeyResult[], aligned: KeyResult[], values: Map<string, number | null>): Promise<void> {
  if (trained.length === 0 && aligned.length === 0) return;
  const [counts] = await em.getConnection().execute<{ total: number; trained: number; aligned: number }[]>(
    `select count(*)::int as total,
            (count(*) filter (where trained_on_protocols_at is not null))::int as trained,
            (count(*) filter (where cardinality(priority_areas) > 0 and agreement_status = 'SIGNED'))::int as aligned
     from partner`,
  );
  const percent = (part: number) => (counts.total > 0 ? (100 * part) / counts.total : null);
  for (const keyResult of trained) values.set(keyResult.id, percent(counts.trained));
  for (const keyResult of aligned) values.set(keyResult.id, percent(counts.aligned));
}

async function measureSessions(em: EntityManager, sessions: KeyResult[], reach: KeyResult[], values: Map<string, number | null>): Promise<void> {
  const all = [...sessions, ...reach];
  if (all.length === 0) return;
  const bound = (value: Date | string | null | undefined, fallback: string) => (value ? new Date(value).toISOString() : fallback);
  // One row per key result: its period and, for reach, its focal group (null counts sessions).
  const rows = await em.getConnection().execute<{ position: number; sessions: number; attendance: number }[]>(
    `select period.position::int as position,
            count(distinct session.id)::int as sessions,
            coalesce(sum(attendance.count), 0)::int as attendance
     from unnest(?::timestamptz[], ?::timestamptz[], ?::uuid[]) with ordinality as period(start_at, end_at, focal_group_id, position)
     left join engagement_session session on session.held_at >= period.start_at and session.held_at < period.end_at
     left join session_attendance attendance on attendance.session_id = session.id and attendance.focal_group_id = period.focal_group_id
     group by period.position`,
    [
      `{${all.map((keyResult) => bound(keyResult.parameters.periodStart, '-infinity')).join(',')}}`,
      `{${all.map((keyResult) => bound(keyResult.parameters.periodEnd, 'infinity')).join(',')}}`,
      `{${all.map((keyResult) => (keyResult.measure === KeyResultMeasure.FAMILIES_REACHED_PER_GROUP ? keyResult.parameters.focalGroupId : 'NULL')).join(',')}}`,
    ],
  );
  for (const row of rows) {
    const keyResult = all[row.position - 1];
    values.set(keyResult.id, keyResult.measure === KeyResultMeasure.SESSIONS_HELD ? row.sessions : row.attendance);
  }
}

const periodBound = (value: Date | string | null | undefined, fallback: string) => (value ? new Date(value).toISOString() : fallback);

/** See KeyResultMeasure.FAMILIES_ALIGNED_TO_RESOURCES for the definition; one statement for all such key results. */
async function measureFamiliesAligned(em: EntityManager, keyResults: KeyResult[], values: Map<string, number | null>): Promise<void> {
  if (keyResults.length === 0) return;
  const rows = await em.getConnection().execute<{ position: number; reached: number; aligned: number }[]>(
    `with period as (
       select * from unnest(?::timestamptz[], ?::timestamptz[], ?::uuid[]) with ordinality as period(start_at, end_at, focal_group_id, position)
     ),
     reached as (
       select period.position, attendance.focal_group_id, sum(attendance.count) as reached
       from period
       join engagement_session session on session.held_at >= period.start_at and session.held_at < period.end_at
       join session_attendance attendance on attendance.session_id = session.id
        and (period.focal_group_id is null or attendance.focal_group_id = period.focal_group_id)
       group by period.position, attendance.focal_group_id
     ),
     referred as (
       select period.position, referral.focal_group_id, sum(referral.connected + referral.waiting + referral.declined) as referred
       from period
       join referral_count referral on (referral.month || '-01')::date >= date_trunc('month', period.start_at) and (referral.month || '-01')::date < period.end_at
        and (period.focal_group_id is null or referral.focal_group_id = period.focal_group_id)
       group by period.position, referral.focal_group_id
     )
     select reached.position::int as position, sum(reached.reached)::int as reached,
            sum(least(reached.reached, coalesce(referred.referred, 0)))::int as aligned
     from reached left join referred on referred.position = reached.position and referred.focal_group_id = reached.focal_group_id
     group by reached.position`,
    [
      `{${keyResults.map((keyResult) => periodBound(keyResult.parameters.periodStart, '-infinity')).join(',')}}`,
      `{${keyResults.map((keyResult) => periodBound(keyResult.parameters.periodEnd, 'infinity')).join(',')}}`,
      `{${keyResults.map((keyResult) => keyResult.parameters.focalGroupId ?? 'NULL').join(',')}}`,
    ],
  );
  for (const keyResult of keyResults) values.set(keyResult.id, null);
  for (const row of rows) values.set(keyResults[row.position - 1].id, row.reached > 0 ? (100 * row.aligned) / row.reached : null);
}

/** Professions participating and 9th graders with a community-based experience, per school year: one statement each. */
async function measureSchoolYears(em: EntityManager, professions: KeyResult[], ninthGraders: KeyResult[], values: Map<string, number | null>): Promise<void> {
  const years = (keyResults: KeyResult[]) => `{${keyResults.map((keyResult) => `"${keyResult.parameters.schoolYear ?? ''}"`).join(',')}}`;
  if (professions.length > 0) {
    const rows = await em.getConnection().execute<{ position: number; professions: number }[]>(
      `select year.position::int as position, count(distinct lower(career.profession)) filter (where career.participants > 0)::int as professions
       from unnest(?::text[]) with ordinality as year(school_year, position)
       left join career_participation career on career.school_year = year.school_year
       group by year.position`,
      [years(professions)],
    );
    for (const row of rows) values.set(professions[row.position - 1].id, row.professions);
  }
  if (ninthGraders.length > 0) {
    const rows = await em.getConnection().execute<{ position: number; ninth_graders: number | null; with_experience: number | null }[]>(
      `select year.position::int as position, sum(experience.ninth_graders)::int as ninth_graders, sum(experience.with_experience)::int as with_experience
       from unnest(?::text[]) with ordinality as year(school_year, position)
       left join community_experience_count experience on experience.school_year = year.school_year
       group by year.position`,
      [years(ninthGraders)],
    );
    for (const row of rows) {
      values.set(ninthGraders[row.position - 1].id, row.ninth_graders ? (100 * (row.with_experience ?? 0)) / row.ninth_graders : null);
    }
  }
}

/**
 * FOLLOW_THROUGH: of the requests raised in the period at least withinDays ago (younger ones cannot
 * be judged yet), the percent whose first communication to the community came within withinDays.
 * One statement for all such key results.
 */
async function measureFollowThrough(em: EntityManager, keyResults: KeyResult[], values: Map<string, number | null>): Promise<void> {
  if (keyResults.length === 0) return;
  const bound = (value: Date | string | null | undefined, fallback: string) => (value ? new Date(value).toISOString() : fallback);
  const rows = await em.getConnection().execute<{ position: number; due: number; answered: number }[]>(
    `select period.position::int as position,
            count(request.id)::int as due,
            (count(request.id) filter (where first_reply.at <= request.created_at + period.within_days * interval '24 hours'))::int as answered
     from unnest(?::timestamptz[], ?::timestamptz[], ?::int[]) with ordinality as period(start_at, end_at, within_days, position)
     left join request on request.created_at >= period.start_at and request.created_at < period.end_at
                      and request.created_at + period.within_days * interval '24 hours' <= now()
     left join lateral (
       select min(communication.communicated_at) as at from communication
       where communication.request_id = request.id and communication.direction = 'TO_COMMUNITY'
     ) first_reply on true
     group by period.position`,
    [
      `{${keyResults.map((keyResult) => bound(keyResult.parameters.periodStart, '-infinity')).join(',')}}`,
      `{${keyResults.map((keyResult) => bound(keyResult.parameters.periodEnd, 'infinity')).join(',')}}`,
      `{${keyResults.map((keyResult) => keyResult.parameters.withinDays ?? 0).join(',')}}`,
    ],
  );
  for (const row of rows) values.set(keyResults[row.position - 1].id, row.due > 0 ? (100 * row.answered) / row.due : null);
}

/**
 * Read from the same suppressed tables as surveyResults ([TOPIC, WAVE] or [TOPIC, WAVE, FOCAL_GROUP]),
 * so a key result never shows a figure those tables hide.
 */
async function measureSurveyChanges(em: EntityManager, keyResults: KeyResult[], minCellSize: number, values: Map<string, number | null>): Promise<void> {
  if (keyResults.length === 0) return;
  const waveIds = [...new Set(keyResults.flatMap((keyResult) => [keyResult.parameters.fromWaveId, keyResult.parameters.toWaveId]).filter((id): id is string => !!id))];
  const waves = await em.find(SurveyWave, { id: { $in: waveIds } });
  const surveyOfWave = new Map(waves.map((wave) => [wave.id, wave.survey.id]));
  const tables = new Map<string, Promise<SurveyResultCell[]>>();
  const tableFor = (surveyId: string, byFocalGroup: boolean) => {
    const key = `${surveyId}|${byFocalGroup}`;
    if (!tables.has(key)) {
      const groupBy = byFocalGroup ? [SurveyDimension.TOPIC, SurveyDimension.WAVE, SurveyDimension.FOCAL_GROUP] : [SurveyDimension.TOPIC, SurveyDimension.WAVE];
      tables.set(key, surveyResultCells(em, surveyId, groupBy, null, minCellSize));
    }
    return tables.get(key)!;
  };
  for (const keyResult of keyResults) {
    const { topic, focalGroupId, fromWaveId, toWaveId } = keyResult.parameters;
    const surveyId = fromWaveId ? surveyOfWave.get(fromWaveId) : undefined;
    if (!topic || !surveyId || !toWaveId) {
      values.set(keyResult.id, null);
      continue;
    }
    const cells = await tableFor(surveyId, !!focalGroupId);
    const favourability = (waveId: string) =>
      cells.find((cell) => cell.group.topic === topic && cell.group.waveId === waveId && (!focalGroupId || cell.group.focalGroupId === focalGroupId))?.percentFavourable ?? null;
    const from = favourability(fromWaveId!);
    const to = favourability(toWaveId);
    values.set(keyResult.id, from === null || to === null ? null : to - from);
  }
}

/** Progress against the time elapsed; see KeyResultStatus for the rule. */
export function assessKeyResult(keyResult: KeyResult, currentValue: number | null, now: Date): KeyResultAssessment {
  const span = keyResult.targetDate.getTime() - keyResult.startDate.getTime();
  const elapsed = span > 0 ? (now.getTime() - keyResult.startDate.getTime()) / span : 1;
  const expectedProgress = Math.min(1, Math.max(0, elapsed));
  if (currentValue === null) return { currentValue, progress: null, expectedProgress, status: null };
  const distance = keyResult.target - keyResult.baseline;
  const progress = distance === 0 ? (currentValue >= keyResult.target ? 1 : 0) : (currentValue - keyResult.baseline) / distance;
  let status: KeyResultStatus;
  if (progress >= 1) status = KeyResultStatus.ON_TRACK;
  else if (now.getTime() >= keyResult.targetDate.getTime()) status = KeyResultStatus.OFF_TRACK;
  else if (progress >= expectedProgress - ON_TRACK_TOLERANCE) status = KeyResultStatus.ON_TRACK;
  else if (progress >= expectedProgress - AT_RISK_TOLERANCE) status = KeyResultStatus.AT_RISK;
  else status = KeyResultStatus.OFF_TRACK;
  return { currentValue, progress, expectedProgress, status };
}
