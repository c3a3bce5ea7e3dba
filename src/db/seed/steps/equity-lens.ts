import type { EntityManager } from '@mikro-orm/postgresql';
import { CriterionKind, DerivedSource, EquityLens, type LensCriterion } from '../../../modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../../../modules/equity-lenses/review-score.entity';
import { RequestStatus } from '../../../modules/requests/request.entity';
import type { DemoRandom } from '../demo-random';
import type { DemoRequests } from './requests';

export const DEMO_LENS_KEY = 'district-equity';

const STANCE =
  'Demo district stance: those closest to the pain are closest to the decision. We fund first what answers groups missing from the conversation, ' +
  'build on community assets rather than deficits, and explain every decision, including what is saved for later and why.';

const CRITERIA: LensCriterion[] = [
  {
    key: 'representationGap',
    label: 'Voices missing from engagement',
    kind: CriterionKind.DERIVED,
    source: DerivedSource.REPRESENTATION_GAP,
    weight: 0.3,
    guidance: 'Are the groups raising this request under-represented in engagement compared with their share of the community?',
  },
  {
    key: 'surveyNeed',
    label: 'Need shown by family surveys',
    kind: CriterionKind.DERIVED,
    source: DerivedSource.SURVEY_NEED,
    weight: 0.2,
    guidance: 'How unfavourable is the linked survey topic (e.g. Barriers to Engagement) among the requesting groups?',
  },
  {
    key: 'reach',
    label: 'People reached',
    kind: CriterionKind.DERIVED,
    source: DerivedSource.REACH,
    weight: 0.15,
    guidance: 'How many students and family members would this reach?',
  },
  {
    key: 'priorityAlignment',
    label: 'Alignment with district priorities',
    kind: CriterionKind.DERIVED,
    source: DerivedSource.PRIORITY_ALIGNMENT,
    weight: 0.15,
    guidance: 'Does it serve an area of highest need: after-school and summer learning, mental health or early childhood?',
  },
  {
    key: 'communityVoice',
    label: 'Community voice (Fingers to Five)',
    kind: CriterionKind.REVIEWED,
    source: null,
    weight: 0.2,
    guidance:
      'Fingers to Five: each panel member shows 0–5 fingers. 5: I champion it; 4: strong support; 3: I can live with it; ' +
      '2: I have concerns to discuss; 1: serious reservations; 0: I block it. Did the families who raised it shape the proposal?',
  },
];

/** Invented review panel: a family member, a student, a partner and a staff member score each request. */
const REVIEWERS = ['Review panel: family member (demo)', 'Review panel: student (demo)', 'Review panel: partner (demo)', 'Review panel: staff (demo)'];

export function seedEquityLens(em: EntityManager, random: DemoRandom, requests: DemoRequests): EquityLens {
  const lens = em.create(EquityLens, { key: DEMO_LENS_KEY, name: 'District Equity Lens', stance: STANCE, criteria: CRITERIA });
  // The panel has worked through most, not all, of the requests under review: the rest still show as unscored.
  const reviewed = requests.all.filter((request) => request.status === RequestStatus.UNDER_REVIEW).filter(() => random.chance(0.75));
  for (const request of reviewed) {
    const consensus = random.integer(1, 5);
    for (const reviewer of REVIEWERS) {
      const score = Math.min(5, Math.max(0, consensus + random.integer(-1, 1)));
      em.create(ReviewScore, { request, lensKey: DEMO_LENS_KEY, criterionKey: 'communityVoice', reviewer, score });
    }
  }
  return lens;
}
