import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ForbiddenError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { requireViewer } from '../../core/authorization';
import { mayReadPartnerContacts } from '../../core/redaction-policy';
import { Role } from '../../core/viewer';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { containsPattern, paginate, type Connection } from '../shared/connection';
import { assertVersion, snapshot } from '../shared/snapshot';
import { AgreementStatus, Partner, type PartnerContact } from './partner.entity';
import type { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from './partners.inputs';
import { partnerLoaders } from './partners.loaders';

/** The partnership metric of the district: serves a district priority under a signed declaration of cooperation. */
export function isAlignedWithDistrictPriorities(partner: Partner): boolean {
  return partner.priorityAreas.length > 0 && partner.agreementStatus === AgreementStatus.SIGNED;
}

export function isTrained(partner: Partner): boolean {
  return partner.trainedOnProtocolsAt != null;
}

/** What a partner may maintain about itself; everything else is the district's record. */
const SELF_SERVICE_FIELDS = new Set(['id', 'version', 'contacts', 'website']);

async function findAllOrFail<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, name: string, ids: string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  const rows = await em.find(entity, { id: { $in: unique } } as unknown as FilterQuery<T>);
  const missing = unique.find((id) => !rows.some((row) => row.id === id));
  if (missing) throw new NotFoundError(name, missing);
  return rows;
}

function partnerSnapshot(partner: Partner): Record<string, unknown> {
  return {
    ...snapshot(partner),
    regions: partner.regions.getIdentifiers(),
    schools: partner.schools.getIdentifiers(),
  };
}

export class PartnersService {
  constructor(private readonly context: HubContext) {}

  partners(filter: PartnerFilter | null | undefined, first: number, after: string | null | undefined): Promise<Connection<Partner>> {
    const where: FilterQuery<Partner> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.priorityArea) where.priorityAreas = { $contains: [filter.priorityArea] };
    if (filter?.agreementStatus) where.agreementStatus = filter.agreementStatus;
    if (filter?.regionId) where.regions = { $some: { id: filter.regionId } };
    if (filter?.trained != null) where.trainedOnProtocolsAt = filter.trained ? { $ne: null } : null;
    if (filter?.search) where.name = { $ilike: containsPattern(filter.search) };
    return paginate(this.context.em, Partner, where, { sort: [{ field: 'name' }, { field: 'id' }], first, after });
  }

  async partner(id: string): Promise<Partner> {
    const partner = await partnerLoaders(this.context).partnerById.load(id);
    if (!partner) throw new NotFoundError('Partner', id);
    return partner;
  }

  /** Contacts are people's private details: district staff and the partner itself only. */
  contacts(partner: Partner): PartnerContact[] | null {
    return mayReadPartnerContacts(requireViewer(this.context), partner.id) ? partner.contacts : null;
  }

  createPartner(input: CreatePartnerInput): Promise<Partner> {
    return runWrite(this.context, async ({ em, audit }) => {
      const { regionIds, schoolIds, ...fields } = input;
      const regions = await findAllOrFail(em, Region, 'Region', regionIds);
      const schools = await findAllOrFail(em, School, 'School', schoolIds);
      const partner = em.create(Partner, {
        ...fields,
        contacts: fields.contacts.map((contact) => ({ ...contact })),
        trainedOnProtocolsAt: fields.trainedOnProtocolsAt ?? null,
        website: fields.website ?? null,
        regions,
        schools,
      });
      await em.flush();
      audit({ action: 'createPartner', entityType: 'Partner', entityId: partner.id, after: partnerSnapshot(partner) });
      return partner;
    });
  }

  updatePartner(input: UpdatePartnerInput): Promise<Partner> {
    return runWrite(this.context, async ({ em, audit, viewer }) => {
      if (viewer.role === Role.PARTNER) {
        if (viewer.partnerId !== input.id) throw new ForbiddenError('A partner token may update only its own partner');
        const restricted = Object.keys(input).filter((key) => input[key as keyof UpdatePartnerInput] !== undefined && !SELF_SERVICE_FIELDS.has(key));
        if (restricted.length > 0) throw new ForbiddenError(`A partner may change only its contacts and website, not ${restricted.join(', ')}`);
      }
      const partner = await em.findOne(Partner, input.id, { populate: ['regions', 'schools'] });
      if (!partner) throw new NotFoundError('Partner', input.id);
      assertVersion(partner, input.version, 'Partner');
      const before = partnerSnapshot(partner);
      const { id: _id, version: _version, regionIds, schoolIds, contacts, trainedOnProtocolsAt, website, ...changes } = input;
      if (regionIds) partner.regions.set(await findAllOrFail(em, Region, 'Region', regionIds));
      if (schoolIds) partner.schools.set(await findAllOrFail(em, School, 'School', schoolIds));
      if (contacts) partner.contacts = contacts.map((contact) => ({ ...contact }));
      if (trainedOnProtocolsAt !== undefined) partner.trainedOnProtocolsAt = trainedOnProtocolsAt;
      if (website !== undefined) partner.website = website;
      em.assign(partner, Object.fromEntries(Object.entries(changes).filter(([, value]) => value != null)));
      await em.flush();
      audit({ action: 'updatePartner', entityType: 'Partner', entityId: partner.id, before, after: partnerSnapshot(partner) });
      return partner;
    });
  }
}
