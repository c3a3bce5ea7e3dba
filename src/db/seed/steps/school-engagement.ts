import type { EntityManager } from '@mikro-orm/postgresql';
import type { EngagementSession } from '../../../modules/engagement/engagement-session.entity';
import type { School } from '../../../modules/geography/school.entity';
import { CommitmentParty, CommitmentStatus, EngagementCommitment } from '../../../modules/school-engagement/engagement-commitment.entity';
import { EngagementPhase, EngagementPhaseKind } from '../../../modules/school-engagement/engagement-phase.entity';
import { EngagementPlan, EngagementPlanOrigin } from '../../../modules/school-engagement/engagement-plan.entity';
import { PersonalVisit } from '../../../modules/school-engagement/personal-visit.entity';
import { RecommendationStatus, SchoolRecommendation, SchoolReportPeriod } from '../../../modules/school-engagement/school-recommendation.entity';
import type { DemoFocalGroupKey, DemoFocalGroups } from './focal-groups';
import type { DemoGeography } from './geography';

/** School year runs 1 July to 30 June; phases of a plan start in August of its first year. */
const firstYear = (schoolYear: string) => Number(schoolYear.slice(0, 4));
const utc = (isoDate: string) => new Date(`${isoDate}T17:00:00Z`);

/** High-priority schools besides Title I (named by the district for low survey response). */
const HIGH_PRIORITY_SCHOOLS = ['North Ridge Middle', 'Foundry Street Middle'];

interface DemoPlanSpec {
  school: string;
  schoolYear: string;
  origin: EngagementPlanOrigin;
  originReason: string;
  intake: { date: string; participants: string[]; agreedNeeds: string[] };
  commitments: [CommitmentParty, string, string, string, CommitmentStatus][];
  visits: [string, DemoFocalGroupKey | null, string, string[], string[]][];
  recommendations: [SchoolReportPeriod, string, RecommendationStatus, string | null][];
}

const PLANS: DemoPlanSpec[] = [
  {
    school: 'Cottonwood Elementary',
    schoolYear: '2025-26',
    origin: EngagementPlanOrigin.INITIATED_BY_TEAM,
    originReason: 'Title I school where Arabic- and Somali-speaking families were missing from last year\'s sessions and survey.',
    intake: {
      date: '2025-08-19',
      participants: ['Principal', 'Assistant principal', 'Family liaison', 'Engagement team lead'],
      agreedNeeds: ['Reach Arabic- and Somali-speaking families in their languages', 'Evening times that suit shift workers', 'Childcare at every family session'],
    },
    commitments: [
      [CommitmentParty.DISTRICT, 'Provide Arabic and Somali interpreters for every Phase II session', 'Engagement team lead', '2025-09-30', CommitmentStatus.KEPT],
      [CommitmentParty.SCHOOL, 'Open the library and provide childcare on session evenings', 'Principal', '2025-10-15', CommitmentStatus.KEPT],
      [CommitmentParty.SCHOOL, 'Share attendance data by grade with the engagement team', 'Assistant principal', '2025-11-15', CommitmentStatus.MISSED],
      [CommitmentParty.DISTRICT, 'Deliver the mid-year data update to the school leaders', 'Engagement data analyst', '2026-01-31', CommitmentStatus.KEPT],
      [CommitmentParty.SCHOOL, 'Present accepted recommendations to the staff', 'Principal', '2026-04-30', CommitmentStatus.OPEN],
    ],
    visits: [
      ['2025-10-21', 'arabic', 'ar', ['Homework help', 'School bus times'], ['Send the bus route map in Arabic']],
      ['2025-10-28', 'somali', 'so', ['Parent-teacher conferences', 'Homework help'], ['Book an interpreter for the conference']],
      ['2025-11-06', 'shiftWorkers', 'es', ['Meeting times'], []],
      ['2025-12-02', 'housingInstability', 'en', ['School meals', 'Transportation'], ['Connect with the family resource center']],
      ['2026-01-20', 'arabic', 'ar', ['Belonging at school'], []],
    ],
    recommendations: [
      [SchoolReportPeriod.MID_YEAR, 'Hold conferences in the evening with Arabic and Somali interpreters', RecommendationStatus.ACCEPTED, null],
      [SchoolReportPeriod.MID_YEAR, 'Send home notices in Arabic and Somali as well as English and Spanish', RecommendationStatus.IMPLEMENTED, null],
      [SchoolReportPeriod.MID_YEAR, 'Start the school day later on conference weeks', RecommendationStatus.DECLINED, 'The bus contract fixes the start time for this school year'],
    ],
  },
  {
    school: 'Sandstone Middle',
    schoolYear: '2025-26',
    origin: EngagementPlanOrigin.REQUESTED_BY_SCHOOL,
    originReason: 'The new principal asked for help after the family survey showed high barriers to engagement.',
    intake: {
      date: '2025-09-04',
      participants: ['Principal', 'Counselor', 'PTA president', 'Engagement team lead'],
      agreedNeeds: ['Understand the barriers families report', 'Small-group sessions in Vietnamese and Spanish'],
    },
    commitments: [
      [CommitmentParty.DISTRICT, 'Run three small-group sessions before winter break', 'Family engagement specialist', '2025-12-19', CommitmentStatus.KEPT],
      [CommitmentParty.SCHOOL, 'Invite families through teachers, not only by letter', 'Counselor', '2025-10-31', CommitmentStatus.KEPT],
      [CommitmentParty.DISTRICT, 'Translate the survey summary into Vietnamese', 'Engagement team lead', '2026-02-28', CommitmentStatus.OPEN],
    ],
    visits: [
      ['2025-11-13', 'vietnamese', 'vi', ['Meeting times', 'Homework help'], ['Share the tutoring schedule']],
      ['2025-11-20', 'spanish', 'es', ['Transportation'], []],
    ],
    recommendations: [[SchoolReportPeriod.MID_YEAR, 'Hold a Vietnamese-language family night each quarter', RecommendationStatus.PROPOSED, null]],
  },
  {
    // The second year at Cottonwood: its reports read the Fall 2026 and Spring 2027 family survey waves.
    school: 'Cottonwood Elementary',
    schoolYear: '2026-27',
    origin: EngagementPlanOrigin.REQUESTED_BY_SCHOOL,
    originReason: 'The principal asked to continue after the first year\'s recommendations were put in place.',
    intake: {
      date: '2026-08-18',
      participants: ['Principal', 'Family liaison', 'Engagement team lead'],
      agreedNeeds: ['Keep Arabic- and Somali-speaking families involved', 'Act on the fall survey results'],
    },
    commitments: [
      [CommitmentParty.DISTRICT, 'Walk the school leaders through the fall survey results', 'Engagement data analyst', '2026-11-15', CommitmentStatus.OPEN],
      [CommitmentParty.SCHOOL, 'Schedule two family nights in the fall', 'Principal', '2026-10-15', CommitmentStatus.OPEN],
    ],
    visits: [],
    recommendations: [],
  },
];

/**
 * Title I and high-priority flags, and three personalised engagement plans (two of school year 2025-26, when the demo sessions were held, and a second year at Cottonwood in 2026-27, when the demo survey was fielded) with
 * their intake, commitments, phases, visits and recommendations. The demo sessions already held at
 * those schools in the school year attach to the phase running when they were held.
 */
export function seedSchoolEngagement(em: EntityManager, geography: DemoGeography, focalGroups: DemoFocalGroups, sessions: EngagementSession[]): EngagementPlan[] {
  for (const school of geography.schools) if (HIGH_PRIORITY_SCHOOLS.includes(school.name)) school.highPriority = true;
  const schoolNamed = (name: string): School => geography.schools.find((school) => school.name === name)!;
  return PLANS.map((spec) => {
    const school = schoolNamed(spec.school);
    const year = firstYear(spec.schoolYear);
    const plan = em.create(EngagementPlan, {
      school,
      schoolYear: spec.schoolYear,
      createdAt: utc(spec.intake.date),
      updatedAt: utc(spec.intake.date),
      origin: spec.origin,
      originReason: spec.originReason,
      intakeHeldAt: utc(spec.intake.date),
      intakeParticipants: spec.intake.participants,
      agreedNeeds: spec.intake.agreedNeeds,
    });
    for (const [party, description, owner, due, status] of spec.commitments) em.create(EngagementCommitment, { plan, party, description, owner, dueAt: utc(due), status });
    const inquiry = em.create(EngagementPhase, {
      plan,
      kind: EngagementPhaseKind.LEADER_INQUIRY,
      objectives: ['Agree with the leaders on what to learn from families', 'Review last year\'s survey and attendance data'],
      startsAt: utc(`${year}-08-15`),
      endsAt: utc(`${year}-09-30`),
    });
    const smallGroups = em.create(EngagementPhase, {
      plan,
      kind: EngagementPhaseKind.FAMILY_SMALL_GROUPS,
      objectives: ['Hear from every focal group of the school in its language', 'Turn what families say into requests'],
      startsAt: utc(`${year}-10-01`),
      endsAt: utc(`${year + 1}-03-31`),
    });
    const visits = em.create(EngagementPhase, {
      plan,
      kind: EngagementPhaseKind.PERSONAL_VISITS,
      objectives: ['Listen to families the group sessions miss'],
      startsAt: utc(`${year}-10-15`),
      endsAt: utc(`${year + 1}-05-31`),
    });
    for (const session of sessions) {
      if (session.school !== school || session.heldAt < utc(`${year}-07-01`) || session.heldAt >= utc(`${year + 1}-07-01`)) continue;
      session.phase = session.heldAt < smallGroups.startsAt ? inquiry : smallGroups;
    }
    for (const [date, group, language, topics, followUps] of spec.visits) {
      em.create(PersonalVisit, { phase: visits, visitedAt: utc(date), focalGroup: group ? focalGroups[group] : null, language, staffRole: 'Family liaison', topics, followUps });
    }
    spec.recommendations.forEach(([period, text, status, declineReason], index) => {
      const decided = status !== RecommendationStatus.PROPOSED;
      // Written one after the other (the report lists them oldest first), decided at the mid-year meeting.
      const createdAt = new Date(utc(`${year + 1}-01-22`).getTime() + index * 60_000);
      em.create(SchoolRecommendation, { plan, period, text, status, decidedBy: decided ? 'Principal' : null, decidedAt: decided ? utc(`${year + 1}-01-27`) : null, declineReason, createdAt, updatedAt: createdAt });
    });
    return plan;
  });
}
