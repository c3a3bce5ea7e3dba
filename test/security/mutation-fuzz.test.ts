import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLFormattedError,
  type GraphQLInputType,
} from 'graphql';
import { Role, startTestHub, type TestHub } from '../support/hub';
import { tableRowCounts } from './table-rows';

/** Runs per mutation; the seed makes every run reproducible (override with FUZZ_RUNS / FUZZ_SEED). */
const RUNS_PER_MUTATION = Number(process.env.FUZZ_RUNS ?? 70);
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema/schema.graphql'), 'utf8'));
const mutations = Object.values(schema.getMutationType()!.getFields());

/** Strings a hostile or careless client sends. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.constantFrom('', ' ', 'a\u0000b', '\uD800', 'x\uDC00y', '😀', "'; drop table request; --", '%_\\', 'ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ', 'A'.repeat(10_000)),
);

const dateString = fc.oneof(
  fc.date({ min: new Date(Date.UTC(-3000, 0, 1)), max: new Date(Date.UTC(12000, 0, 1)), noInvalidDate: true }).map((date) => date.toISOString()),
  fc.constantFrom('0000-01-01T00:00:00Z', '2027-03-01T18:00:00Z', '9999-12-31T23:59:59Z', '2027-02-30T00:00:00Z', 'yesterday', '1970-01-01T00:00:00Z'),
);

function arbitraryFor(type: GraphQLInputType, ids: () => string[], depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  const inner = arbitraryOfNullable(nullable, ids, depth);
  // Mostly well-typed values, sometimes a null for a non-null slot (a coercion error) or for an optional one.
  return isNonNullType(type) ? fc.oneof({ arbitrary: inner, weight: 19 }, { arbitrary: fc.constant(null), weight: 1 }) : fc.oneof(inner, fc.constant(null), fc.constant(undefined));
}

function arbitraryOfNullable(type: GraphQLInputType, ids: () => string[], depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) return fc.array(arbitraryFor(type.ofType, ids, depth + 1), { maxLength: depth > 1 ? 1 : 3 });
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    return fc.record(Object.fromEntries(fields.map((field) => [field.name, arbitraryFor(field.type, ids, depth + 1)])));
  }
  if (isEnumType(type)) return fc.oneof({ arbitrary: fc.constantFrom(...type.getValues().map((value) => value.name)), weight: 9 }, { arbitrary: fc.constant('NOT_A_VALUE'), weight: 1 });
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return fc.oneof(fc.nat({ max: 1000 }).map((index) => ids()[index % ids().length]), fc.uuid(), nastyString);
      case 'String':
        return nastyString;
      case 'Int':
        return fc.oneof(fc.integer({ min: -3, max: 3000 }), fc.constantFrom(0, -1, 2027, 2 ** 31 - 1, -(2 ** 31)));
      case 'Float':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -200, max: 200, noNaN: true }), fc.constantFrom(0, 0.5, 1, -100, 1e300));
      case 'SafeInt':
        return fc.oneof(fc.maxSafeInteger(), fc.integer({ min: 0, max: 10_000_000 }));
      case 'Boolean':
        return fc.boolean();
      case 'DateTimeISO':
        return dateString;
      default:
        return fc.jsonValue();
    }
  }
  return fc.constant(null);
}

/** `mutation ($a: T!, ...) { field(a: $a, ...) { __typename } }` for one mutation field. */
function documentFor(field: GraphQLField<unknown, unknown>): string {
  const definitions = field.args.map((argument) => `$${argument.name}: ${String(argument.type)}`).join(', ');
  const uses = field.args.map((argument) => `${argument.name}: $${argument.name}`).join(', ');
  return `mutation${definitions ? ` (${definitions})` : ''} { ${field.name}${uses ? `(${uses})` : ''} { __typename } }`;
}

interface Answer {
  status: number;
  data?: unknown;
  errors?: GraphQLFormattedError[];
}

describe('fuzzing every mutation', () => {
  let hub: TestHub;
  let admin: string;
  const knownIds: string[] = [];
  const totals = { runs: 0, refused: 0, accepted: 0 };
  const codes = new Map<string, number>();

  async function send(query: string, variables: Record<string, unknown>): Promise<Answer> {
    const response = await fetch(hub.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as Omit<Answer, 'status'>) };
  }

  beforeAll(async () => {
    hub = await startTestHub();
    admin = await hub.token(Role.ADMIN);
    // A few real records, so that generated ids sometimes reach the services' deeper checks.
    const region = await send(`mutation { createRegion(input: { name: "Fuzz", code: "FUZZ" }) { id } }`, {});
    const regionId = (region.data as { createRegion: { id: string } }).createRegion.id;
    const made = await send(
      `mutation ($regionId: ID!) {
        createSchool(input: { name: "Fuzz School", regionId: $regionId }) { id }
        createFocalGroup(input: { name: "Fuzz group", category: AGE, populationShare: 0.1, regionId: $regionId }) { id }
        createPartner(input: { name: "Fuzz partner", kind: NON_PROFIT }) { id }
        createObjective(input: { title: "Fuzz objective" }) { id }
        createSurvey(input: { name: "Fuzz survey", items: [{ code: "Q1", prompt: "?", topic: "Belonging", scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }], waves: [{ name: "Fall", fieldedAt: "2026-10-01T00:00:00Z" }] }) { id }
      }`,
      { regionId },
    );
    expect(made.errors).toBeUndefined();
    knownIds.push(regionId, ...Object.values(made.data as Record<string, { id: string }>).map((record) => record.id));
  });

  afterAll(async () => {
    console.log(
      `Mutation fuzz: ${totals.runs} inputs over ${mutations.length} mutations (seed ${SEED}), ${totals.refused} refused, ${totals.accepted} accepted; codes: ${JSON.stringify(Object.fromEntries(codes))}`,
    );
    await hub.stop();
  });

  it('covers every mutation of the schema', () => {
    expect(mutations.length).toBeGreaterThan(30);
  });

  it.each(mutations.map((field) => [field.name, field] as const))('%s: never an internal error, and a refused input writes nothing', async (_name, field) => {
    const query = documentFor(field);
    const variables = fc.record(Object.fromEntries(field.args.map((argument) => [argument.name, arbitraryFor(argument.type, () => knownIds)])));
    // A refused input leaves the counts as they were, so only an accepted one needs a recount.
    let before = await tableRowCounts(hub);
    await fc.assert(
      fc.asyncProperty(variables, async (values) => {
        const answer = await send(query, values as Record<string, unknown>);
        totals.runs += 1;
        expect(answer.status).toBeLessThan(500);
        const errorCodes = (answer.errors ?? []).map((error) => String(error.extensions?.code));
        for (const code of errorCodes) codes.set(code, (codes.get(code) ?? 0) + 1);
        expect(errorCodes).not.toContain('INTERNAL_SERVER_ERROR');
        expect(errorCodes.every((code) => code !== 'undefined')).toBe(true);
        const after = await tableRowCounts(hub);
        if (errorCodes.length > 0) {
          totals.refused += 1;
          expect(after).toEqual(before);
        } else {
          totals.accepted += 1;
        }
        before = after;
      }),
      { seed: SEED, numRuns: RUNS_PER_MUTATION, endOnFailure: true },
    );
  }, 300_000);
});
