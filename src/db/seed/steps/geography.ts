import type { EntityManager } from '@mikro-orm/postgresql';
import { Region } from '../../../modules/geography/region.entity';
import { School } from '../../../modules/geography/school.entity';

export type DemoRegionCode = 'NORTH' | 'CENTRAL' | 'SOUTH';

const REGIONS: { code: DemoRegionCode; name: string }[] = [
  { code: 'NORTH', name: 'North (demo)' },
  { code: 'CENTRAL', name: 'Central (demo)' },
  { code: 'SOUTH', name: 'South (demo)' },
];

/** Title I schools are where personalised engagement starts, so most sessions happen there. */
const SCHOOLS: { name: string; region: DemoRegionCode; titleOne: boolean; enrollment: number }[] = [
  { name: 'Alder Creek Elementary', region: 'NORTH', titleOne: true, enrollment: 412 },
  { name: 'Juniper Hill Elementary', region: 'NORTH', titleOne: true, enrollment: 368 },
  { name: 'Larkspur K-8', region: 'NORTH', titleOne: false, enrollment: 655 },
  { name: 'North Ridge Middle', region: 'NORTH', titleOne: true, enrollment: 741 },
  { name: 'Cottonwood Elementary', region: 'CENTRAL', titleOne: true, enrollment: 389 },
  { name: 'Foundry Street Middle', region: 'CENTRAL', titleOne: false, enrollment: 802 },
  { name: 'Central Valley High', region: 'CENTRAL', titleOne: true, enrollment: 1684 },
  { name: 'Prairie Wind Elementary', region: 'SOUTH', titleOne: false, enrollment: 455 },
  { name: 'Sandstone Middle', region: 'SOUTH', titleOne: true, enrollment: 690 },
  { name: 'Southgate High', region: 'SOUTH', titleOne: false, enrollment: 1392 },
];

export interface DemoGeography {
  regions: Record<DemoRegionCode, Region>;
  schools: School[];
  schoolsIn(region: DemoRegionCode): School[];
}

export function seedGeography(em: EntityManager): DemoGeography {
  const regions = Object.fromEntries(
    REGIONS.map(({ code, name }) => [code, em.create(Region, { code, name })]),
  ) as Record<DemoRegionCode, Region>;
  const schools = SCHOOLS.map(({ name, region, titleOne, enrollment }) =>
    em.create(School, { name, region: regions[region], titleOne, enrollment }),
  );
  return {
    regions,
    schools,
    schoolsIn: (code) => schools.filter((school) => school.region === regions[code]),
  };
}
