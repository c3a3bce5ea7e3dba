import { UniqueConstraintViolationException, type EntityClass, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { requireViewer } from '../../core/authorization';
import type { HubContext } from '../../core/context';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors';
import { Topic } from '../../core/pubsub';
import { assertMayManageResource, mayReadReferralsOf, mayReadResource } from '../../core/redaction-policy';
import { runWrite } from '../../core/unit-of-work';
import { isStaff, Role, type Viewer } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { Partner } from '../partners/partner.entity';
import { containsPattern, paginate, type Connection } from '../shared/connection';
import { assertVersion, snapshot } from '../shared/snapshot';
import { ReferralCount } from './referral-count.entity';
import { Resource, ResourceStatus } from './resource.entity';
import type { CreateResourceInput, RecordReferralsInput, ReferralFilter, ResourceFilter, UpdateResourceInput } from './resources.inputs';
import { resourceLoaders } from './resources.loaders';

async function findAllOrFail<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, name: string, ids: string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await em.find(entity, { id: { $in: unique } } as unknown as FilterQuery<T>);
  const missing = unique.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw new NotFoundError(name, missing);
  return rows;
}

function resourceSnapshot(resource: Resource): Record<string, unknown> {
  return { ...snapshot(resource), regions: resource.regions.getIdentifiers(), schools: resource.schools.getIdentifiers() };
}

const partnerIdOf = (resource: Resource) => resource.partner.id;
const isActive = (resource: Resource) => resource.status === ResourceStatus.ACTIVE;

/**
 * Partners' services for families (the public resource directory) and the families referred to
 * them. A PARTNER manages its own services and reads the referrals to them; another partner's
 * service or referral answers like a missing id (core/redaction-policy).
 */
export class ResourcesService {
  constructor(private readonly context: HubContext) {}

  private get viewer(): Viewer {
    return requireViewer(this.context);
  }

  async resources(filter: ResourceFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<Resource>> {
    const viewer = this.viewer;
    const conditions: FilterQuery<Resource>[] = [];
    const status = filter?.status ?? ResourceStatus.ACTIVE;
    conditions.push({ status });
    if (status !== ResourceStatus.ACTIVE && !isStaff(viewer)) {
      if (viewer.role !== Role.PARTNER || !viewer.partnerId) throw new ForbiddenError('Inactive services are listed to district staff and to their partner only');
      conditions.push({ partner: viewer.partnerId });
    }
    if (filter?.partnerId) conditions.push({ partner: filter.partnerId });
    if (filter?.priorityArea) conditions.push({ priorityArea: filter.priorityArea });
    if (filter?.language) conditions.push({ languages: { $contains: [filter.language] } });
    if (filter?.audience) conditions.push({ audiences: { $contains: [filter.audience] } });
    if (filter?.free != null) conditions.push({ free: filter.free });
    if (filter?.regionId) conditions.push({ $or: [{ regions: { $some: { id: filter.regionId } } }, { schools: { $some: { region: filter.regionId } } }] });
    if (filter?.schoolId) {
      const [school] = await this.context.em.getConnection().execute<{ region_id: string }[]>('select region_id from school where id = ?', [filter.schoolId]);
      if (!school) throw new NotFoundError('School', filter.schoolId);
      conditions.push({ $or: [{ schools: { $some: { id: filter.schoolId } } }, { regions: { $some: { id: school.region_id } } }] });
    }
    if (filter?.search) {
      const pattern = containsPattern(filter.search);
      conditions.push({ $or: [{ name: { $ilike: pattern } }, { description: { $ilike: pattern } }, { eligibility: { $ilike: pattern } }] });
    }
    return paginate(this.context.em, Resource, { $and: conditions }, { sort: [{ field: 'name' }, { field: 'id' }], first, after });
  }

  async resource(id: string): Promise<Resource> {
    const resource = await resourceLoaders(this.context).resourceById.load(id);
    if (!resource || !mayReadResource(this.viewer, { partnerId: partnerIdOf(resource), active: isActive(resource) })) throw new NotFoundError('Resource', id);
    return resource;
  }

  /** A partner's services: the active ones for everyone, inactive ones too for staff and the partner itself. */
  async resourcesOfPartner(partnerId: string): Promise<Resource[]> {
    const viewer = this.viewer;
    const all = await resourceLoaders(this.context).resourcesByPartner.load(partnerId);
    return all.filter((resource) => mayReadResource(viewer, { partnerId, active: isActive(resource) }));
  }

  createResource(input: CreateResourceInput): Promise<Resource> {
    return runWrite(this.context, async ({ em, audit, viewer }) => {
      let partnerId = input.partnerId ?? null;
      if (viewer.role === Role.PARTNER) {
        if (partnerId && partnerId !== viewer.partnerId) throw new ForbiddenError('A partner token may create services for its own partner only');
        partnerId = viewer.partnerId;
      }
      if (!partnerId) throw new BadUserInputError('partnerId is required');
      const partner = await em.findOne(Partner, partnerId);
      if (!partner) throw new NotFoundError('Partner', partnerId);
      const { partnerId: _partnerId, regionIds, schoolIds, ...fields } = input;
      const resource = em.create(Resource, {
        ...fields,
        languages: [...new Set(fields.languages)],
        audiences: [...new Set(fields.audiences)],
        costDescription: fields.costDescription ?? null,
        eligibility: fields.eligibility ?? null,
        contactEmail: fields.contactEmail ?? null,
        contactPhone: fields.contactPhone ?? null,
        url: fields.url ?? null,
        partner,
        regions: await findAllOrFail(em, Region, 'Region', regionIds),
        schools: await findAllOrFail(em, School, 'School', schoolIds),
      });
      await em.flush();
      audit({ action: 'createResource', entityType: 'Resource', entityId: resource.id, after: resourceSnapshot(resource) });
      return resource;
    });
  }

  updateResource(input: UpdateResourceInput): Promise<Resource> {
    return runWrite(this.context, async ({ em, audit, viewer }) => {
      const resource = await em.findOne(Resource, input.id, { populate: ['regions', 'schools'] });
      if (!resource) throw new NotFoundError('Resource', input.id);
      assertMayManageResource(viewer, { id: resource.id, partnerId: partnerIdOf(resource) });
      assertVersion(resource, input.version, 'Resource');
      const before = resourceSnapshot(resource);
      const { id: _id, version: _version, regionIds, schoolIds, ...changes } = input;
      if (regionIds) resource.regions.set(await findAllOrFail(em, Region, 'Region', regionIds));
      if (schoolIds) resource.schools.set(await findAllOrFail(em, School, 'School', schoolIds));
      for (const key of ['name', 'description', 'priorityArea', 'free', 'status'] as const) {
        if (changes[key] != null) (resource as unknown as Record<string, unknown>)[key] = changes[key];
      }
      if (changes.audiences) resource.audiences = [...new Set(changes.audiences)];
      if (changes.languages) resource.languages = [...new Set(changes.languages)];
      for (const key of ['costDescription', 'eligibility', 'contactEmail', 'contactPhone', 'url'] as const) {
        if (changes[key] !== undefined) resource[key] = changes[key];
      }
      await em.flush();
      audit({ action: 'updateResource', entityType: 'Resource', entityId: resource.id, before, after: resourceSnapshot(resource) });
      return resource;
    });
  }

  async referrals(filter: ReferralFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<ReferralCount>> {
    const viewer = this.viewer;
    const where: FilterQuery<ReferralCount> & Record<string, unknown> = {};
    const resourceWhere: Record<string, unknown> = {};
    if (viewer.role === Role.PARTNER) {
      if (filter?.partnerId && filter.partnerId !== viewer.partnerId) throw new ForbiddenError('A partner may only read the referrals to its own services');
      resourceWhere.partner = viewer.partnerId;
    } else if (filter?.partnerId) {
      resourceWhere.partner = filter.partnerId;
    }
    if (filter?.resourceId) {
      const resource = await resourceLoaders(this.context).resourceById.load(filter.resourceId);
      if (!resource || !mayReadReferralsOf(viewer, partnerIdOf(resource))) throw new NotFoundError('Resource', filter.resourceId);
      where.resource = filter.resourceId;
    }
    if (Object.keys(resourceWhere).length > 0) where.resource = filter?.resourceId ? { id: filter.resourceId, ...resourceWhere } : resourceWhere;
    if (filter?.schoolId) where.school = filter.schoolId;
    if (filter?.focalGroupId) where.focalGroup = filter.focalGroupId;
    if (filter?.fromMonth || filter?.toMonth) {
      where.month = { ...(filter.fromMonth ? { $gte: filter.fromMonth } : {}), ...(filter.toMonth ? { $lte: filter.toMonth } : {}) };
    }
    return paginate(this.context.em, ReferralCount, where, { sort: [{ field: 'month', direction: 'desc' }, { field: 'id' }], first, after });
  }

  recordReferrals(input: RecordReferralsInput): Promise<ReferralCount> {
    return runWrite(this.context, async ({ em, audit, publish, viewer }) => {
      const resource = await em.findOne(Resource, input.resourceId);
      if (!resource) throw new NotFoundError('Resource', input.resourceId);
      assertMayManageResource(viewer, { id: resource.id, partnerId: partnerIdOf(resource) });
      const school = await em.findOne(School, input.schoolId);
      if (!school) throw new NotFoundError('School', input.schoolId);
      const focalGroup = await em.findOne(FocalGroup, input.focalGroupId);
      if (!focalGroup) throw new NotFoundError('FocalGroup', input.focalGroupId);
      const counts = { connected: input.connected, waiting: input.waiting, declined: input.declined };
      let cell = await em.findOne(ReferralCount, { resource, school, focalGroup, month: input.month });
      const before = cell ? snapshot(cell) : null;
      if (cell) Object.assign(cell, counts);
      else cell = em.create(ReferralCount, { resource, school, focalGroup, month: input.month, ...counts });
      try {
        await em.flush();
      } catch (error) {
        if (error instanceof UniqueConstraintViolationException) throw new ConflictError('These referral counts were recorded at the same time by someone else; retry');
        throw error;
      }
      audit({ action: 'recordReferrals', entityType: 'ReferralCount', entityId: cell.id, before, after: snapshot(cell) });
      publish({
        topic: Topic.REFERRALS_RECORDED,
        payload: {
          referralCountId: cell.id,
          resourceId: resource.id,
          partnerId: partnerIdOf(resource),
          schoolId: school.id,
          focalGroupId: focalGroup.id,
          month: input.month,
          ...counts,
          occurredAt: new Date().toISOString(),
        },
      });
      return cell;
    });
  }
}
