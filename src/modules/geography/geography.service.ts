import { NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { findPlain } from '../shared/plain-rows';
import type { ListPrefetch } from '../shared/prefetch';
import { assertVersion, snapshot } from '../shared/snapshot';
import type { CreateRegionInput, CreateSchoolInput, UpdateRegionInput, UpdateSchoolInput } from './geography.inputs';
import { Region } from './region.entity';
import { School } from './school.entity';
import { geographyLoaders } from './geography.loaders';

export class GeographyService {
  constructor(private readonly context: HubContext) {}

  regions(prefetch?: ListPrefetch): Promise<Region[]> {
    return findPlain(this.context.em, Region, {}, { orderBy: { name: 'asc' }, prefetch });
  }

  async region(id: string, prefetch?: ListPrefetch): Promise<Region> {
    const [region] = prefetch ? await findPlain(this.context.em, Region, { id }, { prefetch }) : [await geographyLoaders(this.context).regionById.load(id)];
    if (!region) throw new NotFoundError('Region', id);
    return region;
  }

  schools(regionId?: string | null): Promise<School[]> {
    return findPlain(this.context.em, School, regionId ? { region: regionId } : {}, { orderBy: { name: 'asc' } });
  }

  createRegion(input: CreateRegionInput): Promise<Region> {
    return runWrite(this.context, async ({ em, audit }) => {
      const region = em.create(Region, input);
      await em.flush();
      audit({ action: 'createRegion', entityType: 'Region', entityId: region.id, after: snapshot(region) });
      return region;
    });
  }

  updateRegion(input: UpdateRegionInput): Promise<Region> {
    return runWrite(this.context, async ({ em, audit }) => {
      const region = await em.findOne(Region, input.id);
      if (!region) throw new NotFoundError('Region', input.id);
      assertVersion(region, input.version, 'Region');
      const before = snapshot(region);
      if (input.name !== undefined) region.name = input.name;
      await em.flush();
      audit({ action: 'updateRegion', entityType: 'Region', entityId: region.id, before, after: snapshot(region) });
      return region;
    });
  }

  createSchool(input: CreateSchoolInput): Promise<School> {
    return runWrite(this.context, async ({ em, audit }) => {
      const region = await em.findOne(Region, input.regionId);
      if (!region) throw new NotFoundError('Region', input.regionId);
      const school = em.create(School, { name: input.name, region, titleOne: input.titleOne, highPriority: input.highPriority ?? false, enrollment: input.enrollment ?? null });
      await em.flush();
      audit({ action: 'createSchool', entityType: 'School', entityId: school.id, after: snapshot(school) });
      return school;
    });
  }

  updateSchool(input: UpdateSchoolInput): Promise<School> {
    return runWrite(this.context, async ({ em, audit }) => {
      const school = await em.findOne(School, input.id);
      if (!school) throw new NotFoundError('School', input.id);
      assertVersion(school, input.version, 'School');
      const before = snapshot(school);
      const { id: _id, version: _version, ...changes } = input;
      em.assign(school, Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)));
      await em.flush();
      audit({ action: 'updateSchool', entityType: 'School', entityId: school.id, before, after: snapshot(school) });
      return school;
    });
  }
}
