import type { EntityManager } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { MISSING_GROUP_RATE } from '../engagement/representation.service';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { pgArray } from '../surveys/pg-array';
import { surveyResultCells } from '../surveys/survey-results';
import { SurveyDimension, SurveyResultCell } from '../surveys/survey-results.types';
import { findPlain } from '../shared/plain-rows';
import { CommitmentParty, CommitmentStatus, EngagementCommitment } from './engagement-commitment.entity';
import { EngagementPhase, EngagementPhaseKind } from './engagement-phase.entity';
import type { EngagementPlan } from './engagement-plan.entity';
import { SchoolRecommendation, SchoolReportPeriod } from './school-recommendation.entity';
import { reportWindow } from './school-year';

@ObjectType({ description: 'One phase of the plan as the report sees it.' })
export class SchoolReportPhase {
  @Field(() => ID)
  phaseId!: string;

  @Field(() => EngagementPhaseKind)
  kind!: EngagementPhaseKind;

  @Field(() => [String])
  objectives!: string[];

  @Field(() => DateTimeISO)
  startsAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  endsAt!: Date | null;

  @Field(() => Int, { description: 'Sessions attached to the phase held in the report period.' })
  sessionCount!: number;

  @Field(() => Int, { description: 'Personal visits of the phase in the report period.' })
  visitCount!: number;
}

@ObjectType({ description: "One focal group's share of the school's community against its share of the school's session attendance." })
export class SchoolGroupAttendance {
  @Field(() => ID)
  focalGroupId!: string;

  @Field(() => FocalGroup)
  focalGroup!: FocalGroup;

  @Field(() => Float, { description: 'Estimated share (0..1) of the community (the region of the school, or the district for district-wide groups).' })
  populationShare!: number;

  @Field(() => Int, { description: "Members of the group counted at the school's sessions of the period." })
  attendance!: number;

  @Field(() => Float, { description: "attendance / the headcount of the school's sessions of the period; 0 without sessions." })
  participationShare!: number;

  @Field(() => Float, { description: 'populationShare - participationShare: positive means under-represented (a representation gap).' })
  gap!: number;

  @Field(() => Float, { nullable: true, description: 'participationShare / populationShare; null when populationShare is 0.' })
  participationRate!: number | null;
}

@ObjectType()
export class VisitCount {
  @Field(() => String, { nullable: true, description: 'The focal group, language or topic counted; null for visits with no focal group.' })
  key!: string | null;

  @Field(() => Int)
  visits!: number;
}

@ObjectType({ description: 'Personal visits of the period, counted; never one visit.' })
export class SchoolVisitSummary {
  @Field(() => Int)
  visitCount!: number;

  @Field(() => [VisitCount], { description: 'key: a focal group id (null: not recorded).' })
  byFocalGroup!: VisitCount[];

  @Field(() => [VisitCount], { description: 'key: an ISO 639 language code.' })
  byLanguage!: VisitCount[];

  @Field(() => [VisitCount], { description: 'key: a topic, most frequent first.' })
  topics!: VisitCount[];

  @Field(() => Int, { description: 'Follow-ups staff agreed to in the period.' })
  followUpCount!: number;
}

@ObjectType({ description: 'Survey results of one survey for the school, by wave and topic, under the survey suppression rules.' })
export class SchoolSurveyResults {
  @Field(() => ID)
  surveyId!: string;

  @Field()
  surveyName!: string;

  @Field(() => Int)
  minCellSize!: number;

  @Field(() => [SurveyResultCell], { description: 'Grouped by WAVE and TOPIC, filtered to the school and the waves fielded in the period.' })
  cells!: SurveyResultCell[];
}

@ObjectType({ description: 'Commitments due by the end of the period, by status.' })
export class CommitmentTally {
  @Field(() => CommitmentParty, { nullable: true, description: 'null: both sides together.' })
  party!: CommitmentParty | null;

  @Field(() => Int, { description: 'Due by the end of the period, withdrawn ones excluded.' })
  due!: number;

  @Field(() => Int)
  kept!: number;

  @Field(() => Int)
  missed!: number;

  @Field(() => Int, { description: 'Still open (due by the end of the period).' })
  open!: number;

  @Field(() => Float, { nullable: true, description: 'kept / (kept + missed); null while none is decided.' })
  keptShare!: number | null;
}

@ObjectType({ description: 'A biannual report on personalised engagement with one school, computed from the data.' })
export class SchoolReport {
  @Field(() => ID)
  planId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field()
  schoolYear!: string;

  @Field(() => SchoolReportPeriod)
  period!: SchoolReportPeriod;

  @Field(() => DateTimeISO, { description: 'First instant of the period.' })
  from!: Date;

  @Field(() => DateTimeISO, { description: 'End of the period (exclusive).' })
  until!: Date;

  @Field(() => Int, { description: 'Engagement sessions held at the school in the period.' })
  sessionCount!: number;

  @Field(() => Int, { description: 'Their total headcount.' })
  totalAttendees!: number;

  @Field(() => [SchoolReportPhase])
  phases!: SchoolReportPhase[];

  @Field(() => [SchoolGroupAttendance], { description: "The focal groups of the school's region and the district-wide ones, by name." })
  attendance!: SchoolGroupAttendance[];

  @Field(() => [FocalGroup], { description: `Groups whose participation rate is below ${MISSING_GROUP_RATE}.` })
  missingGroups!: FocalGroup[];

  @Field(() => Int, { description: 'Personal visits in the period (the count is public; the summary is staff only).' })
  visitCount!: number;

  @Field(() => SchoolVisitSummary, { nullable: true, description: 'District staff only; null for everyone else.' })
  visits!: SchoolVisitSummary | null;

  @Field(() => [SchoolSurveyResults], { description: 'Surveys with a wave fielded in the period.' })
  surveys!: SchoolSurveyResults[];

  @Field(() => CommitmentTally)
  commitments!: CommitmentTally;

  @Field(() => [CommitmentTally], { description: 'DISTRICT, then SCHOOL.' })
  commitmentsByParty!: CommitmentTally[];

  @Field(() => [SchoolRecommendation], { description: 'Recommendations written for this report, oldest first.' })
  recommendations!: SchoolRecommendation[];
}

function tally(party: CommitmentParty | null, commitments: EngagementCommitment[]): CommitmentTally {
  const mine = commitments.filter((commitment) => party === null || commitment.party === party);
  const count = (status: CommitmentStatus) => mine.filter((commitment) => commitment.status === status).length;
  const kept = count(CommitmentStatus.KEPT);
  const missed = count(CommitmentStatus.MISSED);
  return { party, due: mine.length - count(CommitmentStatus.WITHDRAWN), kept, missed, open: count(CommitmentStatus.OPEN), keptShare: kept + missed > 0 ? kept / (kept + missed) : null };
}

const counted = (rows: { key: string | null; visits: string | number }[]): VisitCount[] => rows.map((row) => ({ key: row.key, visits: Number(row.visits) }));

/**
 * The report of one plan for one period. Sessions are those held at the school in the period;
 * attendance is compared with the population shares of the groups of the school's region and of
 * the district-wide groups (as in the representation report of a region). Surveys are read through
 * the survey module's suppressed tables (a SCHOOL filter counts only publication classes that know
 * the school), one statement per survey with a wave in the period. Statement count does not grow
 * with the number of sessions, visits or commitments.
 */
export async function computeSchoolReport(
  em: EntityManager,
  plan: EngagementPlan,
  regionId: string,
  period: SchoolReportPeriod,
  options: { includeVisitDetails: boolean; minCellSize: number },
): Promise<SchoolReport> {
  const window = reportWindow(plan.schoolYear, period);
  const connection = em.getConnection();
  const schoolId = plan.school.id;

  const [sessionTotals] = await connection.execute<{ sessions: string; attendees: string }[]>(
    `select count(*) as sessions, coalesce(sum(total_attendees), 0) as attendees
     from engagement_session where school_id = ? and held_at >= ? and held_at < ?`,
    [schoolId, window.from, window.until],
  );
  const attendanceRows = await connection.execute<{ focal_group_id: string; attended: string }[]>(
    `select attendance.focal_group_id, sum(attendance.count) as attended
     from session_attendance attendance join engagement_session session on session.id = attendance.session_id
     where session.school_id = ? and session.held_at >= ? and session.held_at < ?
     group by attendance.focal_group_id`,
    [schoolId, window.from, window.until],
  );
  const groups = await findPlain(em, FocalGroup, { $or: [{ region: regionId }, { region: null }] }, { orderBy: { name: 'asc', id: 'asc' } });
  const totalAttendees = Number(sessionTotals.attendees);
  const attendedBy = new Map(attendanceRows.map((row) => [row.focal_group_id, Number(row.attended)]));
  const attendance = groups.map((focalGroup): SchoolGroupAttendance => {
    const attended = attendedBy.get(focalGroup.id) ?? 0;
    const participationShare = totalAttendees > 0 ? attended / totalAttendees : 0;
    return {
      focalGroupId: focalGroup.id,
      focalGroup,
      populationShare: focalGroup.populationShare,
      attendance: attended,
      participationShare,
      gap: focalGroup.populationShare - participationShare,
      participationRate: focalGroup.populationShare > 0 ? participationShare / focalGroup.populationShare : null,
    };
  });

  const phases = await findPlain(em, EngagementPhase, { plan: plan.id }, { orderBy: { startsAt: 'asc', id: 'asc' } });
  const phaseIds = phases.map((phase) => phase.id);
  const phaseCounts =
    phaseIds.length === 0
      ? []
      : await connection.execute<{ phase_id: string; sessions: string; visits: string }[]>(
          `select phase.id as phase_id,
                  (select count(*) from engagement_session session where session.phase_id = phase.id and session.held_at >= ? and session.held_at < ?) as sessions,
                  (select count(*) from personal_visit visit where visit.phase_id = phase.id and visit.visited_at >= ? and visit.visited_at < ?) as visits
           from engagement_phase phase where phase.id = any(?::uuid[])`,
          [window.from, window.until, window.from, window.until, pgArray(phaseIds)],
        );
  const countsOf = new Map(phaseCounts.map((row) => [row.phase_id, { sessions: Number(row.sessions), visits: Number(row.visits) }]));
  const visitCount = [...countsOf.values()].reduce((sum, counts) => sum + counts.visits, 0);

  let visits: SchoolVisitSummary | null = null;
  if (options.includeVisitDetails) {
    const visitScope = `from personal_visit visit join engagement_phase phase on phase.id = visit.phase_id
       where phase.plan_id = ? and visit.visited_at >= ? and visit.visited_at < ?`;
    const scope = [plan.id, window.from, window.until];
    const rows = await connection.execute<{ dimension: string; key: string | null; visits: string }[]>(
      `select 'focal_group' as dimension, visit.focal_group_id::text as key, count(*) as visits ${visitScope} group by visit.focal_group_id
       union all
       select 'language', visit.language, count(*) ${visitScope} group by visit.language
       union all
       select 'topic', topic, count(*) ${visitScope.replace('where', 'cross join lateral unnest(visit.topics) as topic where')} group by topic
       union all
       select 'follow_up', null, coalesce(sum(cardinality(visit.follow_ups)), 0) ${visitScope}`,
      [...scope, ...scope, ...scope, ...scope],
    );
    const of = (dimension: string) =>
      counted(rows.filter((row) => row.dimension === dimension)).sort((a, b) => b.visits - a.visits || String(a.key).localeCompare(String(b.key)));
    visits = {
      visitCount,
      byFocalGroup: of('focal_group'),
      byLanguage: of('language'),
      topics: of('topic'),
      followUpCount: Number(rows.find((row) => row.dimension === 'follow_up')?.visits ?? 0),
    };
  }

  const waves = await connection.execute<{ survey_id: string; survey_name: string; wave_ids: string[] }[]>(
    `select survey.id as survey_id, survey.name as survey_name, array_agg(wave.id order by wave.fielded_at) as wave_ids
     from survey_wave wave join survey on survey.id = wave.survey_id
     where wave.fielded_at >= ? and wave.fielded_at < ?
       and exists (select 1 from survey_response_rollup rollup where rollup.survey_id = survey.id and rollup.school_id = ?)
     group by survey.id, survey.name order by survey.name`,
    [window.from, window.until, schoolId],
  );
  const surveys = await Promise.all(
    waves.map(async (survey): Promise<SchoolSurveyResults> => ({
      surveyId: survey.survey_id,
      surveyName: survey.survey_name,
      minCellSize: options.minCellSize,
      cells: await surveyResultCells(em, survey.survey_id, [SurveyDimension.WAVE, SurveyDimension.TOPIC], { schoolIds: [schoolId], waveIds: survey.wave_ids }, options.minCellSize),
    })),
  );

  const commitments = await findPlain(em, EngagementCommitment, { plan: plan.id, dueAt: { $lt: window.until } }, { orderBy: { dueAt: 'asc', id: 'asc' } });
  const recommendations = await findPlain(em, SchoolRecommendation, { plan: plan.id, period }, { orderBy: { createdAt: 'asc', id: 'asc' } });

  return {
    planId: plan.id,
    schoolId,
    schoolYear: plan.schoolYear,
    period,
    from: window.from,
    until: window.until,
    sessionCount: Number(sessionTotals.sessions),
    totalAttendees,
    phases: phases.map((phase) => ({
      phaseId: phase.id,
      kind: phase.kind,
      objectives: phase.objectives,
      startsAt: phase.startsAt,
      endsAt: phase.endsAt ?? null,
      sessionCount: countsOf.get(phase.id)?.sessions ?? 0,
      visitCount: countsOf.get(phase.id)?.visits ?? 0,
    })),
    attendance,
    missingGroups: attendance.filter((group) => group.participationRate !== null && group.participationRate < MISSING_GROUP_RATE).map((group) => group.focalGroup),
    visitCount,
    visits,
    surveys,
    commitments: tally(null, commitments),
    commitmentsByParty: [tally(CommitmentParty.DISTRICT, commitments), tally(CommitmentParty.SCHOOL, commitments)],
    recommendations,
  };
}
