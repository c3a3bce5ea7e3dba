import type { EntityManager } from '@mikro-orm/postgresql';
import { AgreementStatus, Partner, PartnerKind, PriorityArea, type PartnerContact } from '../../../modules/partners/partner.entity';
import { demoDate } from '../demo-calendar';
import type { DemoGeography, DemoRegionCode } from './geography';

export type DemoPartnerKey =
  | 'northsideFamilyCenter'
  | 'brightFutures'
  | 'counselingCollaborative'
  | 'littleSprouts'
  | 'karenAssociation'
  | 'somaliParentsCircle'
  | 'interfaithCouncil'
  | 'valleyTech'
  | 'publicHealth'
  | 'library'
  | 'keystoneBuilders'
  | 'hearthHousing'
  | 'lotusCenter'
  | 'cedarFoundation'
  | 'himalayanFamilies';

interface PartnerSpec {
  name: string;
  kind: PartnerKind;
  priorityAreas: PriorityArea[];
  /** Days before the base date the partner finished protocol training; null: not trained yet. */
  trainedDaysAgo: number | null;
  agreementStatus: AgreementStatus;
  regions: DemoRegionCode[];
  /** Names of the schools served; empty: serves its regions as a whole. */
  schools: string[];
  contacts: { name: string; role: string; language?: string }[];
}

const { AFTER_SCHOOL_AND_SUMMER, MENTAL_HEALTH, EARLY_CHILDHOOD, FAMILY_ENGAGEMENT, CAREER_PATHWAYS, LANGUAGE_ACCESS, BASIC_NEEDS, ATTENDANCE } =
  PriorityArea;

const PARTNERS: Record<DemoPartnerKey, PartnerSpec> = {
  northsideFamilyCenter: {
    name: 'Northside Family Resource Center',
    kind: PartnerKind.NON_PROFIT,
    priorityAreas: [FAMILY_ENGAGEMENT, BASIC_NEEDS, LANGUAGE_ACCESS],
    trainedDaysAgo: 210,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['NORTH'],
    schools: ['Alder Creek Elementary', 'Juniper Hill Elementary', 'North Ridge Middle'],
    contacts: [
      { name: 'Harriet Okonjo-Vale', role: 'Executive director' },
      { name: 'Min Thu Larsen', role: 'Family programs coordinator', language: 'kar' },
    ],
  },
  brightFutures: {
    name: 'Bright Futures After-School Alliance',
    kind: PartnerKind.NON_PROFIT,
    priorityAreas: [AFTER_SCHOOL_AND_SUMMER],
    trainedDaysAgo: 180,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['NORTH', 'CENTRAL', 'SOUTH'],
    schools: ['Larkspur K-8', 'Foundry Street Middle', 'Sandstone Middle'],
    contacts: [{ name: 'Trevor Maddox-Reyes', role: 'Program director', language: 'es' }],
  },
  counselingCollaborative: {
    name: 'Riverbend Community Counseling Collaborative',
    kind: PartnerKind.HEALTH,
    priorityAreas: [MENTAL_HEALTH],
    trainedDaysAgo: 150,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['CENTRAL', 'SOUTH'],
    schools: ['Central Valley High', 'Sandstone Middle'],
    contacts: [{ name: 'Dr. Imogen Katsaros', role: 'Clinical lead' }],
  },
  littleSprouts: {
    name: 'Little Sprouts Early Learning Network',
    kind: PartnerKind.NON_PROFIT,
    priorityAreas: [EARLY_CHILDHOOD, FAMILY_ENGAGEMENT],
    trainedDaysAgo: 95,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['NORTH', 'SOUTH'],
    schools: ['Alder Creek Elementary', 'Prairie Wind Elementary'],
    contacts: [{ name: 'Colette Brannigan', role: 'Outreach manager', language: 'es' }],
  },
  karenAssociation: {
    name: 'Karen Community Association (demo)',
    kind: PartnerKind.CULTURAL,
    priorityAreas: [LANGUAGE_ACCESS, FAMILY_ENGAGEMENT],
    trainedDaysAgo: 60,
    agreementStatus: AgreementStatus.DRAFT,
    regions: ['NORTH'],
    schools: ['Juniper Hill Elementary'],
    contacts: [{ name: 'Saw Kler Henson', role: 'Community organiser', language: 'kar' }],
  },
  somaliParentsCircle: {
    name: 'Somali Parents Circle (demo)',
    kind: PartnerKind.CULTURAL,
    priorityAreas: [LANGUAGE_ACCESS, ATTENDANCE],
    trainedDaysAgo: null,
    agreementStatus: AgreementStatus.DRAFT,
    regions: ['CENTRAL'],
    schools: ['Cottonwood Elementary'],
    contacts: [{ name: 'Faadumo Ridgeway', role: 'Volunteer chair', language: 'so' }],
  },
  interfaithCouncil: {
    name: 'Eastgate Interfaith Council',
    kind: PartnerKind.FAITH,
    priorityAreas: [BASIC_NEEDS, MENTAL_HEALTH],
    trainedDaysAgo: 300,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['CENTRAL', 'SOUTH'],
    schools: [],
    contacts: [
      { name: 'Rev. Albert Fenwick', role: 'Council convener' },
      { name: 'Yusra Haddad-Blake', role: 'Youth outreach', language: 'ar' },
    ],
  },
  valleyTech: {
    name: 'Valley Technical College',
    kind: PartnerKind.HIGHER_ED,
    priorityAreas: [CAREER_PATHWAYS, AFTER_SCHOOL_AND_SUMMER],
    trainedDaysAgo: 120,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['CENTRAL', 'SOUTH'],
    schools: ['Central Valley High', 'Southgate High'],
    contacts: [{ name: 'Gideon Ashworth', role: 'Dual-credit coordinator' }],
  },
  publicHealth: {
    name: 'County Public Health Department (demo)',
    kind: PartnerKind.GOVERNMENT,
    priorityAreas: [MENTAL_HEALTH, EARLY_CHILDHOOD, BASIC_NEEDS],
    trainedDaysAgo: 240,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['NORTH', 'CENTRAL', 'SOUTH'],
    schools: [],
    contacts: [{ name: 'Wendell Achterberg', role: 'School health liaison' }],
  },
  library: {
    name: 'Riverbend Public Library (demo)',
    kind: PartnerKind.GOVERNMENT,
    priorityAreas: [AFTER_SCHOOL_AND_SUMMER, LANGUAGE_ACCESS],
    trainedDaysAgo: 420,
    agreementStatus: AgreementStatus.EXPIRED,
    regions: ['NORTH', 'CENTRAL'],
    schools: [],
    contacts: [{ name: 'Marisol Quenneville', role: 'Youth services librarian', language: 'es' }],
  },
  keystoneBuilders: {
    name: 'Keystone Builders Cooperative',
    kind: PartnerKind.BUSINESS,
    priorityAreas: [CAREER_PATHWAYS],
    trainedDaysAgo: null,
    agreementStatus: AgreementStatus.NONE,
    regions: ['SOUTH'],
    schools: ['Southgate High'],
    contacts: [{ name: 'Dewey Halvorsen', role: 'Apprenticeship manager' }],
  },
  hearthHousing: {
    name: 'Hearth Housing Partners',
    kind: PartnerKind.NON_PROFIT,
    priorityAreas: [BASIC_NEEDS, ATTENDANCE],
    trainedDaysAgo: 75,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['CENTRAL', 'SOUTH'],
    schools: ['Cottonwood Elementary', 'Sandstone Middle'],
    contacts: [{ name: 'Bettina Crowhurst', role: 'Family stability navigator', language: 'es' }],
  },
  lotusCenter: {
    name: 'Lotus Vietnamese Cultural Center (demo)',
    kind: PartnerKind.CULTURAL,
    priorityAreas: [LANGUAGE_ACCESS, FAMILY_ENGAGEMENT],
    trainedDaysAgo: 30,
    agreementStatus: AgreementStatus.SIGNED,
    regions: ['SOUTH'],
    schools: ['Prairie Wind Elementary', 'Sandstone Middle'],
    contacts: [{ name: 'Kim-Ly Ashby', role: 'Director', language: 'vi' }],
  },
  cedarFoundation: {
    name: 'Cedar Foundation for Children',
    kind: PartnerKind.PHILANTHROPY,
    priorityAreas: [EARLY_CHILDHOOD, AFTER_SCHOOL_AND_SUMMER],
    trainedDaysAgo: null,
    agreementStatus: AgreementStatus.NONE,
    regions: ['NORTH', 'CENTRAL', 'SOUTH'],
    schools: [],
    contacts: [{ name: 'Philippa Durrant', role: 'Program officer' }],
  },
  himalayanFamilies: {
    name: 'Himalayan Families Network (demo)',
    kind: PartnerKind.CULTURAL,
    priorityAreas: [LANGUAGE_ACCESS, ATTENDANCE],
    trainedDaysAgo: null,
    agreementStatus: AgreementStatus.DRAFT,
    regions: ['NORTH'],
    schools: ['Larkspur K-8'],
    contacts: [{ name: 'Pemba Lundgren', role: 'Parent coordinator', language: 'ne' }],
  },
};

export type DemoPartners = Record<DemoPartnerKey, Partner>;

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/\(demo\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Contacts are invented: example.org addresses and numbers from the 555-01xx range reserved for fiction. */
function contactsOf(spec: PartnerSpec, partnerIndex: number): PartnerContact[] {
  return spec.contacts.map((contact, contactIndex) => ({
    name: contact.name,
    role: contact.role,
    email: `${slug(contact.name.replace(/^(Dr|Rev)\.\s*/, '')).replace(/-/g, '.')}@example.org`,
    phone: `555-01${String(partnerIndex * 3 + contactIndex + 10).padStart(2, '0')}`,
    ...(contact.language ? { language: contact.language } : {}),
  }));
}

export function seedPartners(em: EntityManager, geography: DemoGeography): DemoPartners {
  const entries = Object.entries(PARTNERS) as [DemoPartnerKey, PartnerSpec][];
  return Object.fromEntries(
    entries.map(([key, spec], index) => {
      const schools = spec.schools.map((name) => {
        const school = geography.schools.find((candidate) => candidate.name === name);
        if (!school) throw new Error(`Demo partner ${spec.name} serves an unknown school: ${name}`);
        return school;
      });
      const partner = em.create(Partner, {
        name: spec.name,
        kind: spec.kind,
        priorityAreas: spec.priorityAreas,
        trainedOnProtocolsAt: spec.trainedDaysAgo === null ? null : demoDate(-spec.trainedDaysAgo, 16),
        agreementStatus: spec.agreementStatus,
        website: `https://${slug(spec.name)}.example.org`,
        contacts: contactsOf(spec, index),
        regions: spec.regions.map((code) => geography.regions[code]),
        schools,
      });
      return [key, partner];
    }),
  ) as DemoPartners;
}
