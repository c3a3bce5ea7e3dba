import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv, { type AnySchemaObject } from 'ajv';
import addFormats from 'ajv-formats';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { Partner, PartnerKind, PriorityArea } from '../../src/modules/partners/partner.entity';
import { CreateResourceDocument, type CreateResourceInput } from '../generated/graphql';
import { dataOf, Role, startTestHub, type TestHub } from '../support/hub';

const SCHEMA_DIR = path.join(__dirname, '..', 'fixtures', 'open-referral-hsds-3.0');
const schemas = Object.fromEntries(
  readdirSync(SCHEMA_DIR)
    .filter((file) => file.endsWith('.json'))
    .map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')) as AnySchemaObject]),
);

function validator() {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  return (name: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`${name}.json`)!;
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${name}${error.instancePath} ${error.message}`);
  };
}

/** Every property of `value` (and of the HSDS objects nested in it) is declared by the shipped schema, so none goes unchecked. */
function undeclared(name: string, value: Record<string, unknown>): string[] {
  const properties = (schemas[name].properties ?? {}) as Record<string, AnySchemaObject>;
  return Object.entries(value).flatMap(([key, child]) => {
    const property = properties[key];
    if (!property) return [`${name}.${key}`];
    const ref = (property.items as AnySchemaObject | undefined)?.$ref ?? property.$ref;
    if (!ref) return [];
    const nested = String(ref).replace(/\.json$/, '');
    return (Array.isArray(child) ? child : [child]).flatMap((item) => undeclared(nested, item as Record<string, unknown>));
  });
}

describe('the resource directory as Open Referral HSDS 3.0 JSON', () => {
  let hub: TestHub;
  let partner: Partner;
  let other: Partner;
  let north: Region;
  let maple: School;
  let birch: School;

  beforeAll(async () => {
    hub = await startTestHub();
    const em = hub.em();
    north = em.create(Region, { name: 'North', code: 'NORTH' });
    maple = em.create(School, { name: 'Maple Elementary', region: north });
    birch = em.create(School, { name: 'Birch Middle', region: north });
    partner = em.create(Partner, {
      name: 'Alpha Family Center',
      kind: PartnerKind.NON_PROFIT,
      priorityAreas: [PriorityArea.BASIC_NEEDS],
      website: 'https://alpha.example.org',
      contacts: [{ name: 'Private Person', email: 'private.person@example.org', phone: '555-0199' }],
    });
    other = em.create(Partner, { name: 'Beta Health', kind: PartnerKind.HEALTH });
    await em.flush();
    const liaison = await hub.token(Role.LIAISON);
    const create = async (input: Partial<CreateResourceInput>) =>
      dataOf(
        await hub.graphql(
          CreateResourceDocument,
          { input: { partnerId: partner.id, name: 'x', description: 'x', priorityArea: 'BASIC_NEEDS', audiences: [], languages: [], free: true, status: 'ACTIVE', regionIds: [], schoolIds: [], ...input } },
          liaison,
        ),
      ).createResource;
    await create({ name: 'Food pantry', description: 'Groceries every Friday.', languages: ['es', 'kar'], regionIds: [north.id], schoolIds: [maple.id, birch.id], eligibility: 'Any family who asks', contactEmail: 'pantry@example.org', contactPhone: '555-0101', url: 'https://alpha.example.org/pantry' });
    await create({ partnerId: other.id, name: 'Vision screening', description: 'Eye tests at school.', priorityArea: 'EARLY_CHILDHOOD', languages: ['en'], free: false, costDescription: 'Billed to insurance', schoolIds: [maple.id] });
    await create({ name: 'Paused programme', description: 'Not running.', status: 'INACTIVE', schoolIds: [birch.id] });
  });
  afterAll(() => hub.stop());

  it('is served without a token and validates against the shipped HSDS 3.0 schemas', async () => {
    const response = await fetch(hub.url.replace(/\/graphql$/, '/exports/open-referral.json'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const directory = (await response.json()) as { hsds_version: string; organizations: Record<string, unknown>[]; services: Record<string, unknown>[]; locations: Record<string, unknown>[] };
    expect(directory.hsds_version).toBe('3.0');

    const validate = validator();
    expect(directory.services.length).toBeGreaterThan(0);
    expect(directory.organizations.length).toBeGreaterThan(0);
    expect(directory.locations.length).toBeGreaterThan(0);
    const errors = [
      ...directory.organizations.flatMap((organization) => validate('organization', organization)),
      ...directory.services.flatMap((service) => validate('service', service)),
      ...directory.locations.flatMap((location) => validate('location', location)),
    ];
    expect(errors).toEqual([]);
    const unchecked = [
      ...directory.organizations.flatMap((organization) => undeclared('organization', organization)),
      ...directory.services.flatMap((service) => undeclared('service', service)),
      ...directory.locations.flatMap((location) => undeclared('location', location)),
    ];
    expect(unchecked).toEqual([]);

    // Only active services; each organization once; the schools where services are offered as locations.
    expect(directory.services.map((service) => service.name)).toEqual(['Food pantry', 'Vision screening']);
    expect(directory.organizations.map((organization) => organization.name)).toEqual(['Alpha Family Center', 'Beta Health']);
    expect(directory.locations.map((location) => location.name).sort()).toEqual(['Birch Middle', 'Maple Elementary']);

    const pantry = directory.services[0] as Record<string, any>;
    expect(pantry).toMatchObject({
      organization_id: partner.id,
      status: 'active',
      email: 'pantry@example.org',
      url: 'https://alpha.example.org/pantry',
      eligibility_description: 'Any family who asks',
      fees_description: 'Free of charge to families.',
      phones: [{ number: '555-0101', service_id: pantry.id }],
      service_areas: [{ name: 'North', service_id: pantry.id }],
    });
    expect(pantry.languages.map((language: { code: string; name: string }) => [language.code, language.name])).toEqual([
      ['es', 'Spanish'],
      ['kar', 'Karen'],
    ]);
    const locationIds = new Set(directory.locations.map((location) => location.id));
    expect(pantry.service_at_locations).toHaveLength(2);
    for (const link of pantry.service_at_locations) {
      expect(locationIds.has(link.location_id)).toBe(true);
      expect(link.service_id).toBe(pantry.id);
    }
    expect((directory.services[1] as Record<string, unknown>).fees_description).toBe('Billed to insurance');

    // Derived ids are stable between exports, so a directory can update instead of duplicating.
    const again = (await (await fetch(hub.url.replace(/\/graphql$/, '/exports/open-referral.json'))).json()) as typeof directory;
    expect((again.services[0] as Record<string, any>).languages.map((language: { id: string }) => language.id)).toEqual(pantry.languages.map((language: { id: string }) => language.id));

    // Partner contacts are private: they never reach the public export.
    expect(JSON.stringify(directory)).not.toContain('private.person@example.org');
  });

  it('would catch an export that breaks HSDS 3.0', () => {
    const validate = validator();
    expect(validate('service', { id: 'not-a-uuid', name: 'x', status: 'open' }).length).toBeGreaterThanOrEqual(2);
    expect(validate('organization', { id: '6f1c1e9e-6a4f-4a57-9a8e-2a9c2f6f6b11', name: 'x' })).toEqual(["organization must have required property 'description'"]);
    expect(validate('location', { id: '6f1c1e9e-6a4f-4a57-9a8e-2a9c2f6f6b11', location_type: 'school' })).toHaveLength(1);
  });
});
