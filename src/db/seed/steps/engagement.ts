import type { EntityManager } from '@mikro-orm/postgresql';
import { EngagementSession, EngagementSessionKind, ProcessStep } from '../../../modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../../../modules/engagement/session-attendance.entity';
import type { FocalGroup } from '../../../modules/focal-groups/focal-group.entity';
import type { School } from '../../../modules/geography/school.entity';
import { demoDate } from '../demo-calendar';
import type { DemoRandom } from '../demo-random';
import type { DemoFocalGroupKey, DemoFocalGroups } from './focal-groups';
import type { DemoGeography, DemoRegionCode } from './geography';

/** The forty sessions the engagement team held, by kind; personalised visits and small groups dominate. */
const KIND_MIX: [EngagementSessionKind, number][] = [
  [EngagementSessionKind.HOME_VISIT, 12],
  [EngagementSessionKind.SMALL_GROUP, 12],
  [EngagementSessionKind.CIVIC_DINNER, 6],
  [EngagementSessionKind.VIRTUAL, 6],
  [EngagementSessionKind.COMMUNITY_MEETING, 2],
  [EngagementSessionKind.FAMILY_UNIVERSITY, 2],
];

const KIND_LABEL: Record<EngagementSessionKind, string> = {
  HOME_VISIT: 'Home visit',
  SMALL_GROUP: 'Small-group conversation',
  CIVIC_DINNER: 'Civic dinner',
  VIRTUAL: 'Virtual listening session',
  COMMUNITY_MEETING: 'Community meeting',
  FAMILY_UNIVERSITY: 'Family University evening',
};

const HEADCOUNT: Record<EngagementSessionKind, [number, number]> = {
  HOME_VISIT: [1, 4],
  SMALL_GROUP: [6, 18],
  CIVIC_DINNER: [18, 40],
  VIRTUAL: [10, 35],
  COMMUNITY_MEETING: [40, 90],
  FAMILY_UNIVERSITY: [15, 40],
};

const STEP_ORDER = Object.values(ProcessStep);

const STEP_NOTES: Record<ProcessStep, string> = {
  CONVENING: 'Storytelling and story listening; framed the conversation and asked who is missing from it.',
  OPENING: 'Stated the purpose, clarified roles and agreed on ground rules; first statements of interests.',
  REFRAMING: 'Restated the purpose in light of the interests heard and named the criteria for success.',
  EXPLORING: 'Shared the survey and attendance data and gave meaning to it together.',
  GENERATING: 'Developed options for mutual gain; several requests were written down in families\' own words.',
  EVALUATING: 'Weighed which options are viable against the equity lens and the money available.',
  REFINING: 'Focused on the most viable options and built consensus with a Fingers to Five check.',
  CLOSING: 'Ratified the recommendations and agreed how the district reports back.',
  LESSONS_LEARNED: 'Reflected on who took part, who did not, and what to change next round.',
};

/**
 * Relative turnout of each group when invited (1 = attends in proportion to its population).
 * Below 1 are the voices missing from the conversation that the representation dashboard should surface.
 */
const TURNOUT: Record<DemoFocalGroupKey, number> = {
  faith: 1.7,
  youngChildren: 1.3,
  spanish: 1.25,
  vietnamese: 0.9,
  arabic: 0.8,
  nepali: 0.55,
  grandparents: 0.4,
  youth: 0.35,
  shiftWorkers: 0.3,
  housingInstability: 0.3,
  somali: 0.3,
  karen: 0.25,
};

/** Home visits go to families that group sessions tend to miss. */
const HOME_VISIT_GROUPS: DemoFocalGroupKey[] = ['housingInstability', 'grandparents', 'shiftWorkers'];

/** Rounds up with probability equal to the fraction, so small expected counts are neither lost nor inflated. */
function stochasticRound(random: DemoRandom, value: number): number {
  const whole = Math.floor(value);
  return whole + (random.chance(value - whole) ? 1 : 0);
}

function venueFor(random: DemoRandom, kind: EngagementSessionKind, schools: School[]): School | null {
  if (kind === EngagementSessionKind.CIVIC_DINNER || kind === EngagementSessionKind.VIRTUAL) return null;
  const titleOne = schools.filter((school) => school.titleOne);
  const personalised = kind === EngagementSessionKind.HOME_VISIT || kind === EngagementSessionKind.SMALL_GROUP;
  return random.pick(personalised && titleOne.length > 0 ? titleOne : schools);
}

function attendanceFor(
  random: DemoRandom,
  kind: EngagementSessionKind,
  totalAttendees: number,
  invited: [DemoFocalGroupKey, FocalGroup][],
): [FocalGroup, number][] {
  if (kind === EngagementSessionKind.HOME_VISIT) {
    const regional = invited.filter(([, group]) => group.region);
    const candidates = [...regional, ...invited.filter(([key]) => HOME_VISIT_GROUPS.includes(key))];
    return [[random.pick(candidates)[1], totalAttendees]];
  }
  // Groups overlap (a Spanish-speaking shift worker counts for both), so counts are drawn per group.
  return invited
    .map(([key, group]): [FocalGroup, number] => {
      const expected = totalAttendees * group.populationShare * TURNOUT[key] * (0.6 + 0.8 * random.next());
      return [group, Math.min(totalAttendees, stochasticRound(random, expected))];
    })
    .filter(([, count]) => count > 0);
}

export function seedEngagement(em: EntityManager, random: DemoRandom, geography: DemoGeography, focalGroups: DemoFocalGroups): EngagementSession[] {
  const kinds = random.shuffle(KIND_MIX.flatMap(([kind, count]) => Array<EngagementSessionKind>(count).fill(kind)));
  const regionCodes = Object.keys(geography.regions) as DemoRegionCode[];
  const groupEntries = Object.entries(focalGroups) as [DemoFocalGroupKey, FocalGroup][];

  return kinds.map((kind, index) => {
    const regionCode = regionCodes[index % regionCodes.length];
    const region = geography.regions[regionCode];
    // The district walks through the nine process steps in order over the year, every region taking part in each.
    const processStep = STEP_ORDER[Math.floor((index * STEP_ORDER.length) / kinds.length)];
    const school = venueFor(random, kind, geography.schoolsIn(regionCode));
    const totalAttendees = random.integer(...HEADCOUNT[kind]);
    const session = em.create(EngagementSession, {
      title: school ? `${KIND_LABEL[kind]} at ${school.name}` : `${KIND_LABEL[kind]}, ${region.name}`,
      kind,
      region,
      school,
      heldAt: demoDate(-260 + Math.round((index * 255) / kinds.length)),
      processStep,
      totalAttendees,
      notes: STEP_NOTES[processStep],
    });
    const invited = groupEntries.filter(([, group]) => !group.region || group.region === region);
    for (const [focalGroup, count] of attendanceFor(random, kind, totalAttendees, invited)) {
      em.create(SessionAttendance, { session, focalGroup, count });
    }
    return session;
  });
}
