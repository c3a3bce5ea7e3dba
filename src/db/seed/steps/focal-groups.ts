import type { EntityManager } from '@mikro-orm/postgresql';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../../modules/focal-groups/focal-group.entity';
import type { DemoGeography, DemoRegionCode } from './geography';

export type DemoFocalGroupKey =
  | 'youth'
  | 'youngChildren'
  | 'grandparents'
  | 'shiftWorkers'
  | 'housingInstability'
  | 'faith'
  | 'spanish'
  | 'vietnamese'
  | 'arabic'
  | 'karen'
  | 'somali'
  | 'nepali';

/** Invented residents per region; a group's estimated population is its share of its region (or of the district). */
const POPULATION: Record<DemoRegionCode, number> = { NORTH: 68_000, CENTRAL: 94_000, SOUTH: 76_000 };
const DISTRICT_POPULATION = POPULATION.NORTH + POPULATION.CENTRAL + POPULATION.SOUTH;

interface FocalGroupSpec {
  name: string;
  category: FocalGroupCategory;
  languages: string[];
  /** Null: spread across the whole district, so the share is of the district. */
  region: DemoRegionCode | null;
  populationShare: number;
  proximity: IssueProximity;
  liaison: string;
}

const FOCAL_GROUPS: Record<DemoFocalGroupKey, FocalGroupSpec> = {
  youth: {
    name: 'Youth ages 14–18',
    category: FocalGroupCategory.AGE,
    languages: ['en', 'es'],
    region: null,
    populationShare: 0.07,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Jordan Ellery',
  },
  youngChildren: {
    name: 'Families with children under five',
    category: FocalGroupCategory.AGE,
    languages: ['en', 'es'],
    region: null,
    populationShare: 0.09,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Priya Castellano',
  },
  grandparents: {
    name: 'Grandparents raising grandchildren',
    category: FocalGroupCategory.FAMILY_ROLE,
    languages: ['en', 'es'],
    region: null,
    populationShare: 0.025,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Della Marchetti',
  },
  shiftWorkers: {
    name: 'Shift workers and night-shift parents',
    category: FocalGroupCategory.WORK,
    languages: ['en', 'es', 'vi'],
    region: null,
    populationShare: 0.12,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Marcus Oyelaran',
  },
  housingInstability: {
    name: 'Families experiencing housing instability',
    category: FocalGroupCategory.HOUSING,
    languages: ['en', 'es'],
    region: null,
    populationShare: 0.045,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Renata Sobel',
  },
  faith: {
    name: 'Faith community members',
    category: FocalGroupCategory.COMMUNITY,
    languages: ['en', 'es', 'ar'],
    region: null,
    populationShare: 0.18,
    proximity: IssueProximity.SUPPORTING,
    liaison: 'Samuel Whitcombe',
  },
  spanish: {
    name: 'Spanish-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['es'],
    region: null,
    populationShare: 0.21,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Lucía Ferrante',
  },
  vietnamese: {
    name: 'Vietnamese-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['vi'],
    region: 'SOUTH',
    populationShare: 0.07,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Thanh Vo-Lindqvist',
  },
  arabic: {
    name: 'Arabic-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['ar'],
    region: 'CENTRAL',
    populationShare: 0.05,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Nadia Qasemi',
  },
  karen: {
    name: 'Karen-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['kar', 'my'],
    region: 'NORTH',
    populationShare: 0.04,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Eh Paw Moore',
  },
  somali: {
    name: 'Somali-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['so'],
    region: 'CENTRAL',
    populationShare: 0.045,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Ayaan Hersi-Dalton',
  },
  nepali: {
    name: 'Nepali-speaking families',
    category: FocalGroupCategory.LANGUAGE_RACE_ETHNICITY,
    languages: ['ne'],
    region: 'NORTH',
    populationShare: 0.035,
    proximity: IssueProximity.DIRECTLY_IMPACTED,
    liaison: 'Sunil Adhikari-Berg',
  },
};

export type DemoFocalGroups = Record<DemoFocalGroupKey, FocalGroup>;

/** Liaison addresses are invented and live on the reserved example.org domain. */
function liaisonEmail(name: string): string {
  const local = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local}@example.org`;
}

export function seedFocalGroups(em: EntityManager, geography: DemoGeography): DemoFocalGroups {
  const entries = Object.entries(FOCAL_GROUPS) as [DemoFocalGroupKey, FocalGroupSpec][];
  return Object.fromEntries(
    entries.map(([key, spec]) => {
      const basePopulation = spec.region ? POPULATION[spec.region] : DISTRICT_POPULATION;
      const group = em.create(FocalGroup, {
        name: spec.name,
        category: spec.category,
        languages: spec.languages,
        region: spec.region ? geography.regions[spec.region] : null,
        populationShare: spec.populationShare,
        estimatedPopulation: Math.round((spec.populationShare * basePopulation) / 10) * 10,
        proximity: spec.proximity,
        liaisonName: spec.liaison,
        liaisonEmail: liaisonEmail(spec.liaison),
      });
      return [key, group];
    }),
  ) as DemoFocalGroups;
}
