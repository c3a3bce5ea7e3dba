import type { EntityManager } from '@mikro-orm/postgresql';
import { KeyResult, KeyResultMeasure, type KeyResultParameters } from '../../../modules/key-results/key-result.entity';
import { Objective } from '../../../modules/key-results/objective.entity';
import { SurveyWave } from '../../../modules/surveys/survey-wave.entity';
import { demoDate } from '../demo-calendar';
import type { DemoFocalGroups } from './focal-groups';
import { DEMO_SCHOOL_YEAR } from './resources';

interface KeyResultSpec {
  title: string;
  measure: KeyResultMeasure;
  parameters: KeyResultParameters;
  baseline: number;
  target: number;
  startDate: Date;
  targetDate: Date;
}

/** Two-year goals: from the start of the demo school year (August 2025) to the end of the next one (June 2027). */
const SCHOOL_YEAR_START = new Date('2025-08-01T00:00:00Z');
const SCHOOL_YEAR_END = new Date('2027-06-30T00:00:00Z');
/** The engagement sessions and referrals of the demo run from May 2025 through January 2026. */
const ENGAGEMENT_PERIOD = { periodStart: new Date('2025-05-01T00:00:00Z'), periodEnd: new Date('2026-02-01T00:00:00Z') };

/**
 * The district's objectives with one or more key results for every measure the hub computes, so
 * the key-results dashboard of the demo shows them measured from the seeded data. Runs after the
 * survey step: the survey key result names its waves.
 */
export async function seedKeyResults(em: EntityManager, focalGroups: DemoFocalGroups): Promise<Objective[]> {
  const waves = await em.find(SurveyWave, {}, { orderBy: { fieldedAt: 'asc' } });
  if (waves.length < 2) throw new Error('The key-results step needs the two demo survey waves');
  const [firstWave, secondWave] = waves;
  const surveyYear = { startDate: firstWave.fieldedAt, targetDate: new Date(firstWave.fieldedAt.getTime() + 365 * 86_400_000) };
  const schoolYear = { startDate: SCHOOL_YEAR_START, targetDate: SCHOOL_YEAR_END };

  const objectives: [title: string, description: string, keyResults: KeyResultSpec[]][] = [
    [
      'Every family is connected to resources that support them',
      'Partnerships aligned to district priorities, partners trained on district protocols, and families met in engagement referred to the services that help them.',
      [
        { title: '100% of families reached by engagement aligned to resources', measure: KeyResultMeasure.FAMILIES_ALIGNED_TO_RESOURCES, parameters: ENGAGEMENT_PERIOD, baseline: 0, target: 100, ...schoolYear },
        { title: '100% of partners trained on district protocols', measure: KeyResultMeasure.PERCENT_PARTNERS_TRAINED, parameters: {}, baseline: 40, target: 100, ...schoolYear },
        { title: '100% of partnerships aligned with policy and priorities', measure: KeyResultMeasure.PERCENT_PARTNERS_ALIGNED, parameters: {}, baseline: 30, target: 100, ...schoolYear },
      ],
    ],
    [
      'Students see their futures in the community',
      'Career programmes that bring many professions into schools, and community-based experiences for every 9th grader.',
      [
        { title: 'At least 20 professions participate in career programmes a year', measure: KeyResultMeasure.PROFESSIONS_PARTICIPATING, parameters: { schoolYear: DEMO_SCHOOL_YEAR }, baseline: 12, target: 20, ...schoolYear },
        { title: 'Every 9th grader has a community-based experience', measure: KeyResultMeasure.NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE, parameters: { schoolYear: DEMO_SCHOOL_YEAR }, baseline: 40, target: 100, ...schoolYear },
      ],
    ],
    [
      'Families are heard, especially those missing from the conversation',
      'Personalised engagement sessions, reaching the groups least represented, and fewer barriers to engagement.',
      [
        { title: '40 engagement sessions this year', measure: KeyResultMeasure.SESSIONS_HELD, parameters: ENGAGEMENT_PERIOD, baseline: 0, target: 40, ...schoolYear },
        { title: 'Reach 12 Karen-speaking families', measure: KeyResultMeasure.FAMILIES_REACHED_PER_GROUP, parameters: { focalGroupId: focalGroups.karen.id, ...ENGAGEMENT_PERIOD }, baseline: 0, target: 12, ...schoolYear },
        {
          title: '+1 point per year on Barriers to Engagement',
          measure: KeyResultMeasure.SURVEY_FAVOURABILITY_CHANGE,
          parameters: { topic: 'Barriers to Engagement', fromWaveId: firstWave.id, toWaveId: secondWave.id },
          baseline: 0,
          target: 1,
          ...surveyYear,
        },
      ],
    ],
    [
      'Keep the lines of communication open until every request is answered',
      'Every family that raises a request hears back quickly, in its own language, and again whenever the request moves on.',
      [{ title: '90% of requests answered within 14 days', measure: KeyResultMeasure.FOLLOW_THROUGH, parameters: { withinDays: 14 }, baseline: 50, target: 90, startDate: demoDate(-240), targetDate: demoDate(330) }],
    ],
  ];

  return objectives.map(([title, description, keyResults]) => {
    const objective = em.create(Objective, { title, description });
    for (const spec of keyResults) em.create(KeyResult, { objective, ...spec });
    return objective;
  });
}
