import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { languageName } from '../../core/languages';
import { PartnerKind, PriorityArea } from '../partners/partner.entity';
import { ResourceStatus } from './resource.entity';

/**
 * The public resource directory in the Open Referral Human Services Data Specification (HSDS)
 * 3.0 shape, so 211 lines and city directories can load it: organizations (partners), services
 * (their ACTIVE services, each with its languages, service_at_locations, service_areas and
 * phones nested as HSDS 3.0 nests them), and locations (the schools where services are offered).
 * Only public data: a partner's private contacts never appear, only a service's own contact.
 */
export interface OpenReferralDirectory {
  hsds_version: '3.0';
  generated_at: string;
  organizations: Record<string, unknown>[];
  services: Record<string, unknown>[];
  locations: Record<string, unknown>[];
}

/** A stable UUID for a row HSDS wants but the hub does not keep (e.g. one language of one service): name-based, SHA-1 (RFC 4122 version 5 layout). */
export function derivedUuid(...parts: string[]): string {
  const hex = createHash('sha1').update(`community-budget-hub:${parts.join(':')}`).digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const text = hex.join('');
  return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
}

const PRIORITY_LABEL: Record<PriorityArea, string> = {
  AFTER_SCHOOL_AND_SUMMER: 'after-school and summer learning',
  MENTAL_HEALTH: 'mental health',
  EARLY_CHILDHOOD: 'early childhood',
  FAMILY_ENGAGEMENT: 'family engagement',
  CAREER_PATHWAYS: 'career pathways',
  LANGUAGE_ACCESS: 'language access',
  BASIC_NEEDS: 'basic needs',
  ATTENDANCE: 'attendance',
};

const KIND_LABEL: Record<PartnerKind, string> = {
  NON_PROFIT: 'Non-profit organisation',
  BUSINESS: 'Business',
  FAITH: 'Faith-based organisation',
  GOVERNMENT: 'Government agency',
  HIGHER_ED: 'Higher-education institution',
  HEALTH: 'Health provider',
  CULTURAL: 'Cultural organisation',
  PHILANTHROPY: 'Philanthropic foundation',
};

interface ResourceRow {
  id: string;
  partner_id: string;
  name: string;
  description: string;
  priority_area: PriorityArea;
  languages: string[];
  free: boolean;
  cost_description: string | null;
  eligibility: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  url: string | null;
  updated_at: Date;
}

const present = <T extends Record<string, unknown>>(object: T): T => Object.fromEntries(Object.entries(object).filter(([, value]) => value !== null && value !== undefined)) as T;

/** The whole directory in five statements, however many services it lists. */
export async function openReferralDirectory(em: EntityManager, now = new Date()): Promise<OpenReferralDirectory> {
  const connection = em.getConnection();
  const resources = await connection.execute<ResourceRow[]>(
    `select id, partner_id, name, description, priority_area, languages, free, cost_description, eligibility, contact_email, contact_phone, url, updated_at
     from resource where status = ? order by name, id`,
    [ResourceStatus.ACTIVE],
  );
  const resourceIds = resources.map((resource) => resource.id);
  const partnerIds = [...new Set(resources.map((resource) => resource.partner_id))];
  const [partners, schoolLinks, regionLinks] = await Promise.all([
    partnerIds.length === 0
      ? []
      : connection.execute<{ id: string; name: string; kind: PartnerKind; priority_areas: PriorityArea[]; website: string | null }[]>(
          'select id, name, kind, priority_areas, website from partner where id in (?) order by name, id',
          [partnerIds],
        ),
    resourceIds.length === 0
      ? []
      : connection.execute<{ resource_id: string; school_id: string; school_name: string; region_name: string }[]>(
          `select link.resource_id, school.id as school_id, school.name as school_name, region.name as region_name
           from resource_schools link join school on school.id = link.school_id join region on region.id = school.region_id
           where link.resource_id in (?) order by school.name, school.id`,
          [resourceIds],
        ),
    resourceIds.length === 0
      ? []
      : connection.execute<{ resource_id: string; region_id: string; region_name: string }[]>(
          `select link.resource_id, region.id as region_id, region.name as region_name
           from resource_regions link join region on region.id = link.region_id where link.resource_id in (?) order by region.name, region.id`,
          [resourceIds],
        ),
  ]);

  const organizations = partners.map((partner) =>
    present({
      id: partner.id,
      name: partner.name,
      description: `${KIND_LABEL[partner.kind]} working with the district${partner.priority_areas.length > 0 ? ` on ${partner.priority_areas.map((area) => PRIORITY_LABEL[area]).join(', ')}` : ''}.`,
      website: partner.website,
    }),
  );

  const locationsById = new Map<string, Record<string, unknown>>();
  for (const link of schoolLinks) {
    locationsById.set(link.school_id, { id: link.school_id, location_type: 'physical', name: link.school_name, description: `School in ${link.region_name}.` });
  }

  const services = resources.map((resource) => {
    const fees = resource.free ? ['Free of charge to families.', resource.cost_description].filter(Boolean).join(' ') : resource.cost_description ?? 'Fees apply; contact the service.';
    return present({
      id: resource.id,
      organization_id: resource.partner_id,
      name: resource.name,
      description: resource.description,
      url: resource.url,
      email: resource.contact_email,
      status: 'active',
      fees_description: fees,
      eligibility_description: resource.eligibility,
      last_modified: new Date(resource.updated_at).toISOString(),
      languages: resource.languages.map((code) => ({ id: derivedUuid('language', resource.id, code), service_id: resource.id, name: languageName(code), code })),
      service_at_locations: schoolLinks
        .filter((link) => link.resource_id === resource.id)
        .map((link) => ({
          id: derivedUuid('service_at_location', resource.id, link.school_id),
          service_id: resource.id,
          location_id: link.school_id,
          description: `${resource.name} at ${link.school_name}`,
        })),
      service_areas: regionLinks
        .filter((link) => link.resource_id === resource.id)
        .map((link) => ({
          id: derivedUuid('service_area', resource.id, link.region_id),
          service_id: resource.id,
          name: link.region_name,
          description: `Families anywhere in ${link.region_name}, ${PRIORITY_LABEL[resource.priority_area]}.`,
        })),
      phones: resource.contact_phone ? [{ id: derivedUuid('phone', resource.id), service_id: resource.id, number: resource.contact_phone }] : [],
    });
  });

  return { hsds_version: '3.0', generated_at: now.toISOString(), organizations, services, locations: [...locationsById.values()] };
}
