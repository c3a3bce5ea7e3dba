import type { EntityManager } from '@mikro-orm/postgresql';
import type { FocalGroup } from '../../../modules/focal-groups/focal-group.entity';
import type { School } from '../../../modules/geography/school.entity';
import { AgreementStatus, PriorityArea, type Partner } from '../../../modules/partners/partner.entity';
import { AgreementType, PartnerAgreement } from '../../../modules/partners/partner-agreement.entity';
import { PartnerTraining } from '../../../modules/partners/partner-training.entity';
import { CareerParticipation } from '../../../modules/pathways/career-participation.entity';
import { CommunityExperienceCount } from '../../../modules/pathways/community-experience.entity';
import { ReferralCount } from '../../../modules/resources/referral-count.entity';
import { Resource, ResourceAudience, ResourceStatus } from '../../../modules/resources/resource.entity';
import { demoDate } from '../demo-calendar';
import type { DemoRandom } from '../demo-random';
import type { DemoFocalGroupKey, DemoFocalGroups } from './focal-groups';
import type { DemoGeography, DemoRegionCode } from './geography';
import type { DemoPartnerKey, DemoPartners } from './partners';

/** The school year of the demo story (engagement sessions run through January 2026). */
export const DEMO_SCHOOL_YEAR = '2025-26';
export const DEMO_PREVIOUS_SCHOOL_YEAR = '2024-25';
/** Months with referral counts: the first half of the demo school year. */
export const DEMO_REFERRAL_MONTHS = ['2025-09', '2025-10', '2025-11', '2025-12', '2026-01'];

const { FAMILIES, CAREGIVERS, STUDENTS, YOUTH, YOUNG_CHILDREN } = ResourceAudience;

interface ResourceSpec {
  partner: DemoPartnerKey;
  name: string;
  description: string;
  priorityArea: PriorityArea;
  audiences: ResourceAudience[];
  languages: string[];
  free: boolean;
  costDescription?: string;
  eligibility: string;
  schools?: string[];
  regions?: DemoRegionCode[];
  status?: ResourceStatus;
  /** Focal groups whose families are typically referred to it. */
  referredGroups: DemoFocalGroupKey[];
}

const RESOURCES: ResourceSpec[] = [
  {
    partner: 'northsideFamilyCenter',
    name: 'Family resource navigation',
    description: 'A navigator meets the family, finds out what would help (food, rent, clothing, benefits) and walks them to it.',
    priorityArea: PriorityArea.BASIC_NEEDS,
    audiences: [FAMILIES, CAREGIVERS],
    languages: ['en', 'es', 'kar'],
    free: true,
    eligibility: 'Families of any student at the schools served.',
    schools: ['Alder Creek Elementary', 'Juniper Hill Elementary', 'North Ridge Middle'],
    referredGroups: ['karen', 'spanish', 'housingInstability', 'grandparents'],
  },
  {
    partner: 'northsideFamilyCenter',
    name: 'Interpreted conference support',
    description: 'Trained community interpreters join parent-teacher conferences and school meetings on request.',
    priorityArea: PriorityArea.LANGUAGE_ACCESS,
    audiences: [FAMILIES],
    languages: ['kar', 'es', 'ne', 'so'],
    free: true,
    eligibility: 'Any family in the North region who prefers a language other than English.',
    regions: ['NORTH'],
    referredGroups: ['karen', 'nepali', 'somali'],
  },
  {
    partner: 'brightFutures',
    name: 'After-school learning clubs',
    description: 'Homework help, reading and STEM clubs every school day until 6 pm, with a snack.',
    priorityArea: PriorityArea.AFTER_SCHOOL_AND_SUMMER,
    audiences: [STUDENTS],
    languages: ['en', 'es'],
    free: false,
    costDescription: 'Sliding scale from $0 to $25 a week; no family is turned away for inability to pay.',
    eligibility: 'Students in grades 1–8 at the schools served.',
    schools: ['Larkspur K-8', 'Foundry Street Middle', 'Sandstone Middle'],
    referredGroups: ['shiftWorkers', 'spanish', 'youth'],
  },
  {
    partner: 'brightFutures',
    name: 'Summer bridge camp',
    description: 'Five weeks of morning academics and afternoon outdoor activities before the move to middle or high school.',
    priorityArea: PriorityArea.AFTER_SCHOOL_AND_SUMMER,
    audiences: [STUDENTS, YOUTH],
    languages: ['en', 'es'],
    free: true,
    eligibility: 'Students entering grades 6 or 9.',
    regions: ['NORTH', 'CENTRAL', 'SOUTH'],
    referredGroups: ['youth', 'shiftWorkers'],
  },
  {
    partner: 'counselingCollaborative',
    name: 'School-based counseling',
    description: 'Licensed counselors see students at school, individually or in small groups, with the family\'s consent.',
    priorityArea: PriorityArea.MENTAL_HEALTH,
    audiences: [STUDENTS, YOUTH],
    languages: ['en', 'es'],
    free: true,
    eligibility: 'Students at the schools served; billed to insurance where the family has it, never to the family.',
    schools: ['Central Valley High', 'Sandstone Middle'],
    referredGroups: ['youth', 'housingInstability', 'spanish'],
  },
  {
    partner: 'counselingCollaborative',
    name: 'Family therapy evenings',
    description: 'Evening family sessions with a therapist, in person or by video.',
    priorityArea: PriorityArea.MENTAL_HEALTH,
    audiences: [FAMILIES, CAREGIVERS],
    languages: ['en', 'es', 'ar'],
    free: false,
    costDescription: 'Sliding scale; Medicaid accepted.',
    eligibility: 'Families living in the Central region.',
    regions: ['CENTRAL'],
    referredGroups: ['arabic', 'shiftWorkers', 'grandparents'],
  },
  {
    partner: 'littleSprouts',
    name: 'Play-and-learn groups',
    description: 'Weekly play groups for children under five and their caregivers, with early-literacy tips to take home.',
    priorityArea: PriorityArea.EARLY_CHILDHOOD,
    audiences: [YOUNG_CHILDREN, CAREGIVERS],
    languages: ['en', 'es', 'vi'],
    free: true,
    eligibility: 'Children from birth to five and the adults who care for them.',
    schools: ['Alder Creek Elementary', 'Prairie Wind Elementary'],
    referredGroups: ['youngChildren', 'grandparents', 'vietnamese'],
  },
  {
    partner: 'publicHealth',
    name: 'Child development screenings',
    description: 'Free developmental, vision and hearing screenings with follow-up referrals when needed.',
    priorityArea: PriorityArea.EARLY_CHILDHOOD,
    audiences: [YOUNG_CHILDREN, FAMILIES],
    languages: ['en', 'es', 'so', 'ar', 'vi', 'ne'],
    free: true,
    eligibility: 'Children from birth to five living in the district.',
    regions: ['NORTH', 'CENTRAL', 'SOUTH'],
    referredGroups: ['youngChildren', 'somali', 'arabic', 'nepali'],
  },
  {
    partner: 'hearthHousing',
    name: 'Housing stability navigation',
    description: 'Help with rent arrears, eviction prevention and finding housing close to the child\'s school.',
    priorityArea: PriorityArea.BASIC_NEEDS,
    audiences: [FAMILIES],
    languages: ['en', 'es'],
    free: true,
    eligibility: 'Families at risk of losing their housing or without a fixed address.',
    schools: ['Cottonwood Elementary', 'Sandstone Middle'],
    referredGroups: ['housingInstability', 'somali', 'spanish'],
  },
  {
    partner: 'valleyTech',
    name: 'Career exploration days',
    description: 'Hands-on days on campus in trades, health and technology programmes, with lunch and transport.',
    priorityArea: PriorityArea.CAREER_PATHWAYS,
    audiences: [STUDENTS, YOUTH],
    languages: ['en'],
    free: true,
    eligibility: 'High-school students.',
    schools: ['Central Valley High', 'Southgate High'],
    referredGroups: ['youth'],
  },
  {
    partner: 'lotusCenter',
    name: 'Vietnamese family liaison hours',
    description: 'Drop-in hours with a bilingual liaison for school questions, forms and enrolment.',
    priorityArea: PriorityArea.LANGUAGE_ACCESS,
    audiences: [FAMILIES],
    languages: ['vi', 'en'],
    free: true,
    eligibility: 'Vietnamese-speaking families.',
    schools: ['Prairie Wind Elementary', 'Sandstone Middle'],
    referredGroups: ['vietnamese'],
  },
  {
    partner: 'interfaithCouncil',
    name: 'Weekend food packs',
    description: 'A discreet bag of weekend meals sent home every Friday.',
    priorityArea: PriorityArea.BASIC_NEEDS,
    audiences: [FAMILIES, STUDENTS],
    languages: ['en', 'es', 'ar'],
    free: true,
    eligibility: 'Any family who asks; no proof of income.',
    regions: ['CENTRAL', 'SOUTH'],
    referredGroups: ['housingInstability', 'faith', 'arabic', 'shiftWorkers'],
  },
  {
    partner: 'library',
    name: 'Homework help at the library',
    description: 'Volunteer tutors at branch libraries after school. Paused while the partnership agreement is renewed.',
    priorityArea: PriorityArea.AFTER_SCHOOL_AND_SUMMER,
    audiences: [STUDENTS],
    languages: ['en', 'es'],
    free: true,
    eligibility: 'Students in grades 3–12.',
    regions: ['NORTH', 'CENTRAL'],
    status: ResourceStatus.INACTIVE,
    referredGroups: [],
  },
];

/** Professions that took part in career programmes, with the schools they visited and head counts, per school year. */
const CAREER_PARTICIPATION: Record<string, [profession: string, school: string, participants: number][]> = {
  [DEMO_PREVIOUS_SCHOOL_YEAR]: [
    ['Electrician', 'Central Valley High', 3],
    ['Registered nurse', 'Central Valley High', 2],
    ['Software developer', 'Southgate High', 2],
    ['Carpenter', 'Southgate High', 4],
    ['Firefighter', 'North Ridge Middle', 2],
    ['Dental hygienist', 'Central Valley High', 1],
    ['Accountant', 'Southgate High', 1],
    ['Chef', 'Central Valley High', 2],
    ['Welder', 'Southgate High', 3],
    ['Pharmacist', 'Central Valley High', 1],
    ['Police officer', 'North Ridge Middle', 1],
    ['Graphic designer', 'Southgate High', 1],
  ],
  [DEMO_SCHOOL_YEAR]: [
    ['Electrician', 'Central Valley High', 4],
    ['Electrician', 'Southgate High', 2],
    ['Registered nurse', 'Central Valley High', 3],
    ['Software developer', 'Southgate High', 3],
    ['Carpenter', 'Southgate High', 5],
    ['Firefighter', 'North Ridge Middle', 2],
    ['Dental hygienist', 'Central Valley High', 2],
    ['Accountant', 'Southgate High', 1],
    ['Chef', 'Central Valley High', 2],
    ['Welder', 'Southgate High', 2],
    ['Pharmacist', 'Central Valley High', 1],
    ['Civil engineer', 'Southgate High', 2],
    ['Veterinary technician', 'Central Valley High', 1],
    ['Social worker', 'North Ridge Middle', 2],
    ['Plumber', 'Southgate High', 2],
    ['Paramedic', 'Central Valley High', 1],
    ['Architect', 'Southgate High', 1],
    ['Bank teller', 'North Ridge Middle', 0],
  ],
};

/** 9th-grade enrolment and 9th graders with a community-based experience, per high school and school year. */
const COMMUNITY_EXPERIENCES: Record<string, [school: string, ninthGraders: number, withExperience: number][]> = {
  [DEMO_PREVIOUS_SCHOOL_YEAR]: [
    ['Central Valley High', 409, 176],
    ['Southgate High', 341, 129],
  ],
  [DEMO_SCHOOL_YEAR]: [
    ['Central Valley High', 421, 261],
    ['Southgate High', 348, 188],
  ],
};

function schoolNamed(geography: DemoGeography, name: string): School {
  const school = geography.schools.find((candidate) => candidate.name === name);
  if (!school) throw new Error(`Demo seed names an unknown school: ${name}`);
  return school;
}

/** Declarations of cooperation follow each partner's agreement status; some partners also hold an MOU or a data-sharing agreement. */
function seedAgreements(em: EntityManager, partners: DemoPartners): void {
  for (const partner of Object.values(partners)) {
    if (partner.agreementStatus === AgreementStatus.NONE) continue;
    const expired = partner.agreementStatus === AgreementStatus.EXPIRED;
    em.create(PartnerAgreement, {
      partner,
      type: AgreementType.DECLARATION_OF_COOPERATION,
      status: partner.agreementStatus,
      startsAt: demoDate(expired ? -760 : -400, 0),
      endsAt: demoDate(expired ? -30 : 330, 0),
    });
  }
  const extra: [DemoPartnerKey, AgreementType, string][] = [
    ['counselingCollaborative', AgreementType.MOU, 'Counselors on campus two days a week; the district provides rooms.'],
    ['counselingCollaborative', AgreementType.DATA_SHARING, 'Aggregate referral outcomes only; no student records leave the district.'],
    ['publicHealth', AgreementType.MOU, 'Screening days at every elementary school each semester.'],
    ['publicHealth', AgreementType.DATA_SHARING, 'Aggregate screening counts by school and month.'],
    ['northsideFamilyCenter', AgreementType.DATA_SHARING, 'Referral outcome counts by school, focal group and month.'],
  ];
  for (const [key, type, notes] of extra) {
    em.create(PartnerAgreement, { partner: partners[key], type, status: AgreementStatus.SIGNED, startsAt: demoDate(-200, 0), endsAt: demoDate(530, 0), notes });
  }
}

/** Every trained partner took the family-engagement protocol on its training date; those working with students also the privacy protocol. */
function seedTrainings(em: EntityManager, partners: DemoPartners): void {
  const privacy = new Set<DemoPartnerKey>(['counselingCollaborative', 'brightFutures', 'valleyTech', 'publicHealth']);
  for (const [key, partner] of Object.entries(partners) as [DemoPartnerKey, Partner][]) {
    if (!partner.trainedOnProtocolsAt) continue;
    em.create(PartnerTraining, { partner, protocol: 'Family engagement protocol', trainedAt: partner.trainedOnProtocolsAt, participants: 2 + (key.length % 5) });
    if (privacy.has(key)) {
      em.create(PartnerTraining, { partner, protocol: 'Student privacy and mandated reporting', trainedAt: new Date(partner.trainedOnProtocolsAt.getTime() - 14 * 86_400_000), participants: 3 });
    }
  }
}

export interface DemoResources {
  resources: Resource[];
}

/**
 * Partners' agreements, trainings and services; families referred to those services (counts per
 * school, focal group and month); career-programme participation and community-based experiences.
 */
export function seedResources(
  em: EntityManager,
  random: DemoRandom,
  geography: DemoGeography,
  focalGroups: DemoFocalGroups,
  partners: DemoPartners,
): DemoResources {
  seedAgreements(em, partners);
  seedTrainings(em, partners);

  const resources = RESOURCES.map((spec) => {
    const partner = partners[spec.partner];
    const schools = (spec.schools ?? []).map((name) => schoolNamed(geography, name));
    const regions = (spec.regions ?? []).map((code) => geography.regions[code]);
    const resource = em.create(Resource, {
      partner,
      name: spec.name,
      description: spec.description,
      priorityArea: spec.priorityArea,
      audiences: spec.audiences,
      languages: spec.languages,
      free: spec.free,
      costDescription: spec.costDescription ?? null,
      eligibility: spec.eligibility,
      contactEmail: `services@${partner.website?.replace(/^https:\/\//, '') ?? 'example.org'}`,
      contactPhone: `555-01${String(50 + RESOURCES.indexOf(spec)).padStart(2, '0')}`,
      url: partner.website ? `${partner.website}/services` : null,
      status: spec.status ?? ResourceStatus.ACTIVE,
      schools,
      regions,
    });
    // Referrals come from the schools where it is offered, or from any school of its regions.
    const sources = schools.length > 0 ? schools : regions.flatMap((region) => geography.schools.filter((school) => school.region === region));
    for (const month of DEMO_REFERRAL_MONTHS) {
      for (const school of sources) {
        for (const key of spec.referredGroups) {
          if (!random.chance(0.3)) continue;
          const focalGroup: FocalGroup = focalGroups[key];
          const referred = random.integer(1, 4);
          const connected = Math.min(referred, random.integer(0, referred));
          const declined = random.chance(0.2) ? Math.min(1, referred - connected) : 0;
          em.create(ReferralCount, { resource, school, focalGroup, month, connected, waiting: referred - connected - declined, declined });
        }
      }
    }
    return resource;
  });

  for (const [schoolYear, rows] of Object.entries(CAREER_PARTICIPATION)) {
    for (const [profession, school, participants] of rows) {
      const partner = ['Electrician', 'Carpenter', 'Welder', 'Plumber'].includes(profession) ? partners.keystoneBuilders : profession.includes('nurse') || profession === 'Paramedic' ? partners.valleyTech : null;
      em.create(CareerParticipation, { schoolYear, school: schoolNamed(geography, school), profession, participants, partner });
    }
  }
  for (const [schoolYear, rows] of Object.entries(COMMUNITY_EXPERIENCES)) {
    for (const [school, ninthGraders, withExperience] of rows) {
      em.create(CommunityExperienceCount, { schoolYear, school: schoolNamed(geography, school), ninthGraders, withExperience });
    }
  }
  return { resources };
}
