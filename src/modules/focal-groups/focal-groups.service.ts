import type { FilterQuery } from '@mikro-orm/core';
import { NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { isStaff } from '../../core/viewer';
import { Region } from '../geography/region.entity';
import { containsPattern, paginate, type Connection } from '../shared/connection';
import { assertVersion, snapshot } from '../shared/snapshot';
import { FocalGroup } from './focal-group.entity';
import type { CreateFocalGroupInput, FocalGroupFilter, UpdateFocalGroupInput } from './focal-groups.inputs';
import { focalGroupLoaders } from './focal-groups.loaders';

export class FocalGroupsService {
  constructor(private readonly context: HubContext) {}

  focalGroups(filter: FocalGroupFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<FocalGroup>> {
    const where: FilterQuery<FocalGroup> = {};
    if (filter?.regionId) where.region = filter.regionId;
    if (filter?.category) where.category = filter.category;
    if (filter?.language) where.languages = { $contains: [filter.language] };
    if (filter?.search) where.name = { $ilike: containsPattern(filter.search) };
    return paginate(this.context.em, FocalGroup, where, { sort: [{ field: 'name' }, { field: 'id' }], first, after });
  }

  async focalGroup(id: string): Promise<FocalGroup> {
    const group = await focalGroupLoaders(this.context).focalGroupById.load(id);
    if (!group) throw new NotFoundError('FocalGroup', id);
    return group;
  }

  liaisonEmail(group: FocalGroup): string | null {
    return isStaff(this.context.viewer) ? (group.liaisonEmail ?? null) : null;
  }

  createFocalGroup(input: CreateFocalGroupInput): Promise<FocalGroup> {
    return runWrite(this.context, async ({ em, audit }) => {
      const { regionId, ...fields } = input;
      const region = regionId ? await em.findOne(Region, regionId) : null;
      if (regionId && !region) throw new NotFoundError('Region', regionId);
      const group = em.create(FocalGroup, {
        ...fields,
        region,
        estimatedPopulation: fields.estimatedPopulation ?? null,
        liaisonName: fields.liaisonName ?? null,
        liaisonEmail: fields.liaisonEmail ?? null,
      });
      await em.flush();
      audit({ action: 'createFocalGroup', entityType: 'FocalGroup', entityId: group.id, after: snapshot(group) });
      return group;
    });
  }

  updateFocalGroup(input: UpdateFocalGroupInput): Promise<FocalGroup> {
    return runWrite(this.context, async ({ em, audit }) => {
      const group = await em.findOne(FocalGroup, input.id);
      if (!group) throw new NotFoundError('FocalGroup', input.id);
      assertVersion(group, input.version, 'FocalGroup');
      const before = snapshot(group);
      const { id: _id, version: _version, regionId, ...changes } = input;
      if (regionId !== undefined) {
        const region = regionId === null ? null : await em.findOne(Region, regionId);
        if (regionId !== null && !region) throw new NotFoundError('Region', regionId);
        group.region = region;
      }
      // An explicit null clears the optional columns; required ones keep their value.
      const optionalColumns = new Set(['estimatedPopulation', 'liaisonName', 'liaisonEmail']);
      em.assign(
        group,
        Object.fromEntries(Object.entries(changes).filter(([key, value]) => value !== undefined && (value !== null || optionalColumns.has(key)))),
      );
      await em.flush();
      audit({ action: 'updateFocalGroup', entityType: 'FocalGroup', entityId: group.id, before, after: snapshot(group) });
      return group;
    });
  }
}
