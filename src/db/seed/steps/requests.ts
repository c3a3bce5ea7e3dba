import type { EntityManager } from '@mikro-orm/postgresql';
import type { FocalGroup } from '../../../modules/focal-groups/focal-group.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../../../modules/requests/communication.entity';
import { Request, RequestStatus } from '../../../modules/requests/request.entity';
import { demoDate } from '../demo-calendar';
import type { DemoRandom } from '../demo-random';
import type { DemoFocalGroups } from './focal-groups';
import type { DemoPartners } from './partners';
import { COST_BANDS, REQUEST_CATALOGUE, type RequestSpec } from './request-catalogue';

export interface DemoRequests {
  all: Request[];
  byKey: Map<string, Request>;
}

/** Most ideas could start in the first year of the cycle; some need preparation first. */
const EARLIEST_YEARS = [2027, 2027, 2027, 2028, 2028, 2029];

const FOLLOW_UP_CHANNELS = [CommunicationChannel.PHONE, CommunicationChannel.TEXT_MESSAGE, CommunicationChannel.EMAIL, CommunicationChannel.HOME_VISIT];

function costProfile(random: DemoRandom, spec: RequestSpec) {
  const band = COST_BANDS[spec.size];
  const oneTimeDollars = random.stepped(band.oneTimeDollars[0], band.oneTimeDollars[1], 500);
  // Staffed requests always carry salaries forward, so their recurring share starts at 15%.
  const recurringPercent = 5 * random.integer(spec.fte > 0 ? 3 : 0, 8);
  const recurringDollars = Math.round((oneTimeDollars * recurringPercent) / 100 / 100) * 100;
  return {
    oneTimeCents: oneTimeDollars * 100,
    recurringCents: recurringDollars * 100,
    peopleImpacted: random.stepped(band.people[0], band.people[1], 10),
  };
}

function firstLanguage(group: FocalGroup): string {
  return group.languages[0] ?? 'en';
}

function replySummary(status: RequestStatus, note: string | null): string {
  switch (status) {
    case RequestStatus.DECLINED:
      return `Explained in person why the request was declined: ${note}`;
    case RequestStatus.IMPLEMENTED:
      return `Shared the outcome with the group: ${note}`;
    default:
      return 'Confirmed the request was received and explained the next step: the equity review panel scores it with the District Equity Lens before the FY2027–FY2030 plan is drafted.';
  }
}

/** The communication log: the request as heard, the answer, and for shared requests a follow-up to the second group. */
function logCommunications(em: EntityManager, random: DemoRandom, request: Request, groups: FocalGroup[]): void {
  const [raisedBy, alsoRaisedBy] = groups;
  em.create(Communication, {
    request,
    focalGroup: raisedBy,
    channel: CommunicationChannel.MEETING,
    direction: CommunicationDirection.FROM_COMMUNITY,
    language: firstLanguage(raisedBy),
    summary: `${raisedBy.name} raised "${request.title}" during a listening session.`,
    communicatedAt: request.createdAt,
    loggedBy: raisedBy.liaisonName ?? 'Engagement team',
  });
  if (request.status === RequestStatus.SUBMITTED) return;

  const repliedAt = new Date(request.createdAt.getTime() + random.integer(7, 21) * 86_400_000);
  em.create(Communication, {
    request,
    focalGroup: raisedBy,
    channel: request.status === RequestStatus.UNDER_REVIEW ? random.pick(FOLLOW_UP_CHANNELS) : CommunicationChannel.MEETING,
    direction: CommunicationDirection.TO_COMMUNITY,
    language: firstLanguage(raisedBy),
    summary: replySummary(request.status, request.statusNote ?? null),
    communicatedAt: repliedAt,
    loggedBy: raisedBy.liaisonName ?? 'Engagement team',
  });
  if (!alsoRaisedBy || !random.chance(0.5)) return;

  em.create(Communication, {
    request,
    focalGroup: alsoRaisedBy,
    channel: random.pick(FOLLOW_UP_CHANNELS),
    direction: CommunicationDirection.TO_COMMUNITY,
    language: firstLanguage(alsoRaisedBy),
    summary: 'Shared the review timeline and invited the group to the evaluating session for its region.',
    communicatedAt: new Date(repliedAt.getTime() + random.integer(5, 20) * 86_400_000),
    loggedBy: alsoRaisedBy.liaisonName ?? 'Engagement team',
  });
}

export function seedRequests(em: EntityManager, random: DemoRandom, focalGroups: DemoFocalGroups, partners: DemoPartners): DemoRequests {
  const byKey = new Map<string, Request>();
  REQUEST_CATALOGUE.forEach((spec, index) => {
    const dependencies = (spec.dependsOn ?? []).map((key) => {
      const dependency = byKey.get(key);
      if (!dependency) throw new Error(`Demo request ${spec.key} depends on ${key}, which must be listed before it`);
      return dependency;
    });
    const status = spec.status?.to ?? RequestStatus.UNDER_REVIEW;
    // Open requests were raised through the school year; those still SUBMITTED arrived in the last weeks.
    const raisedAt = status === RequestStatus.SUBMITTED ? demoDate(-random.integer(3, 20)) : demoDate(-230 + 3 * index + random.integer(0, 2));
    const groups = spec.groups.map((key) => focalGroups[key]);
    const request = em.create(Request, {
      title: spec.title,
      description: spec.description,
      priorityArea: spec.area,
      focalGroups: groups,
      partner: spec.partner ? partners[spec.partner] : null,
      ...costProfile(random, spec),
      fte: spec.fte,
      earliestYear: Math.max(random.pick(EARLIEST_YEARS), ...dependencies.map((dependency) => dependency.earliestYear)),
      dependsOn: dependencies,
      alternativeGroup: spec.alternativeGroup ?? null,
      surveyTopic: spec.surveyTopic ?? null,
      status,
      statusNote: spec.status && 'note' in spec.status ? spec.status.note : null,
      createdAt: raisedAt,
      updatedAt: raisedAt,
      statusChangedAt: raisedAt,
    });
    logCommunications(em, random, request, groups);
    byKey.set(spec.key, request);
  });
  return { all: [...byKey.values()], byKey };
}
