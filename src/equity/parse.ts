import { z } from 'zod/v4';
import { ScenarioFormatError } from './errors';
import type { RequestPin, ScenarioProblem, ScenarioRequest, SolverKind } from './types';

const DEFAULT_DISCOUNT = 0.9;
const DEFAULT_COVERAGE_BONUS = 0;
const DEFAULT_TIME_LIMIT_SECONDS = 30;
const DEFAULT_MIP_GAP = 0;

/** A problem with every optional field filled in, as the engine consumes it. */
export interface ParsedScenarioProblem extends ScenarioProblem {
  discount: number;
  coverageBonus: number;
  solver: SolverKind;
  timeLimitSeconds: number;
  mipGap: number;
  requests: ParsedScenarioRequest[];
}

export interface ParsedScenarioRequest extends ScenarioRequest {
  earliestYear: number | null;
  dependsOn: string[];
  alternativeGroup: string | null;
  pin: RequestPin | null;
  excluded: boolean;
  pinReason: string | null;
}

// Every leaf carries its own message so the first issue reads "<path>: <what is wrong>",
// whatever zod's default wording; `error` covers the wrong-type case, the checks the rest.
const nonNegative = () =>
  z.number({ error: 'must be a number >= 0' }).min(0, { error: 'must be a number >= 0' });
const integer = () => z.int({ error: 'must be an integer' });
const nonEmptyString = () =>
  z.string({ error: 'must be a non-empty string' }).min(1, { error: 'must be a non-empty string' });
const optionalString = () => z.string({ error: 'must be a string or null' }).nullish();
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: 'must be an array' });
const object = <T extends z.ZodRawShape>(shape: T) => z.object(shape, { error: 'must be an object' });
/** Absent and null both mean "use the default" (the format's optional fields). */
const withDefault = <T extends z.ZodType>(schema: T, fallback: z.output<T>) =>
  schema.nullish().transform((value): z.output<T> => value ?? fallback);

const SCORE_RANGE = 'must be a number between 0 and 1';
const scoreValue = z.number({ error: SCORE_RANGE }).min(0, { error: SCORE_RANGE }).max(1, { error: SCORE_RANGE });

const resourceAmount = object({ money: nonNegative(), fte: nonNegative() });

const pinSchema = object({
  tier: z.union([z.literal(1), z.literal(2)], { error: 'must be 1 or 2' }),
  startYear: integer(),
});

const requestSchema = object({
  id: nonEmptyString(),
  title: optionalString(),
  scores: z
    .record(z.string(), scoreValue, { error: 'must be an object' })
    // Keys in one order whatever the file's, so breakdowns serialise identically.
    .transform((scores) => Object.fromEntries(Object.keys(scores).sort().map((key) => [key, scores[key]]))),
  focalGroups: list(nonEmptyString()),
  oneTime: nonNegative(),
  recurring: nonNegative(),
  fte: nonNegative(),
  earliestYear: integer().nullish(),
  dependsOn: withDefault(list(nonEmptyString()), []),
  alternativeGroup: optionalString(),
  pin: pinSchema.nullish(),
  excluded: withDefault(z.boolean({ error: 'must be true or false' }), false),
  pinReason: optionalString(),
});

/**
 * The scenario file format (docs/scenario-format.md plus the engine README's
 * extensions) as a zod schema: shapes and ranges per field, then the checks
 * that relate fields (years order, one envelope entry per year, references).
 * Unknown fields are allowed and ignored ("more may be added").
 */
export const scenarioProblemSchema = object({
  years: list(integer()).min(1, { error: 'must list at least one year' }),
  envelopes: object({ tier1: list(resourceAmount), tier2: list(resourceAmount) }),
  lens: object({
    criteria: list(object({ key: nonEmptyString(), weight: nonNegative() })).min(1, {
      error: 'must list at least one criterion',
    }),
  }),
  discount: withDefault(
    z.number({ error: 'must be a number > 0 and <= 1' }).gt(0, { error: 'must be a number > 0 and <= 1' }).max(1, {
      error: 'must be a number > 0 and <= 1',
    }),
    DEFAULT_DISCOUNT,
  ),
  coverageBonus: withDefault(nonNegative(), DEFAULT_COVERAGE_BONUS),
  solver: withDefault(z.enum(['OPTIMAL', 'GREEDY'], { error: 'must be "OPTIMAL" or "GREEDY"' }), 'OPTIMAL'),
  timeLimitSeconds: withDefault(
    z.number({ error: 'must be a number > 0' }).gt(0, { error: 'must be a number > 0' }),
    DEFAULT_TIME_LIMIT_SECONDS,
  ),
  mipGap: withDefault(
    z.number({ error: 'must be a number >= 0 and < 1' }).min(0, { error: 'must be a number >= 0 and < 1' }).lt(1, {
      error: 'must be a number >= 0 and < 1',
    }),
    DEFAULT_MIP_GAP,
  ),
  requests: list(requestSchema),
}).superRefine((problem, ctx) => {
  const fail = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
  const { years } = problem;
  for (let i = 1; i < years.length; i++) {
    if (years[i] <= years[i - 1]) return fail(['years', i], 'years must be strictly increasing');
  }
  for (const tier of ['tier1', 'tier2'] as const) {
    const count = problem.envelopes[tier].length;
    if (count !== years.length) {
      return fail(['envelopes', tier], `must have one entry per year (${years.length}), got ${count}`);
    }
  }
  const seen = new Set<string>();
  for (const [i, { key }] of problem.lens.criteria.entries()) {
    if (seen.has(key)) return fail(['lens', 'criteria', i, 'key'], `duplicate criterion "${key}"`);
    seen.add(key);
  }
  if (problem.lens.criteria.reduce((sum, c) => sum + c.weight, 0) <= 0) {
    return fail(['lens', 'criteria'], 'weights must have a positive sum');
  }
  const [first, last] = [years[0], years[years.length - 1]];
  for (const [i, request] of problem.requests.entries()) {
    const { earliestYear, pin } = request;
    if (earliestYear != null && (earliestYear < first || earliestYear > last)) {
      return fail(['requests', i, 'earliestYear'], `must be within ${first}..${last} or null`);
    }
    if (pin != null && !years.includes(pin.startYear)) {
      return fail(['requests', i, 'pin', 'startYear'], `must be one of the years ${years.join(', ')}`);
    }
    if (pin != null && request.excluded) {
      return fail(['requests', i, 'excluded'], 'a request cannot be both pinned and excluded');
    }
  }
  const reference = referenceProblem(problem.requests);
  if (reference !== null) fail(reference.path, reference.message);
});

/** Duplicate ids, unknown or repeated dependencies and dependency cycles: the first one found. */
function referenceProblem(
  requests: ReadonlyArray<{ id: string; dependsOn: string[] }>,
): { path: Array<string | number>; message: string } | null {
  const indexById = new Map<string, number>();
  for (const [i, request] of requests.entries()) {
    const first = indexById.get(request.id);
    if (first !== undefined) {
      return { path: ['requests', i, 'id'], message: `duplicate id "${request.id}" (first used by requests[${first}])` };
    }
    indexById.set(request.id, i);
  }
  for (const [i, request] of requests.entries()) {
    for (const [d, dep] of request.dependsOn.entries()) {
      const path = ['requests', i, 'dependsOn', d];
      if (!indexById.has(dep)) return { path, message: `unknown request id "${dep}"` };
      if (dep === request.id) return { path, message: 'a request cannot depend on itself' };
      if (request.dependsOn.indexOf(dep) !== d) return { path, message: `"${dep}" is listed twice` };
    }
  }
  // Iterative DFS so a long dependency chain cannot overflow the stack.
  const state = new Array<0 | 1 | 2>(requests.length).fill(0);
  for (let root = 0; root < requests.length; root++) {
    if (state[root] !== 0) continue;
    const stack: Array<{ node: number; next: number }> = [{ node: root, next: 0 }];
    state[root] = 1;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      const deps = requests[frame.node].dependsOn;
      if (frame.next === deps.length) {
        state[frame.node] = 2;
        stack.pop();
        continue;
      }
      const child = indexById.get(deps[frame.next++]) as number;
      if (state[child] === 1) {
        const cycle = stack.slice(stack.findIndex((f) => f.node === child)).map((f) => requests[f.node].id);
        return {
          path: ['requests', frame.node, 'dependsOn'],
          message: `dependency cycle ${[...cycle, requests[child].id].join(' -> ')}`,
        };
      }
      if (state[child] === 0) {
        state[child] = 1;
        stack.push({ node: child, next: 0 });
      }
    }
  }
  return null;
}

/**
 * The format as a JSON Schema (draft 2020-12) for other tools, generated from
 * the zod schema (published as docs/scenario.schema.json). It describes what a
 * file may contain (absent optional fields allowed); the checks that relate
 * fields (years increasing, one envelope entry per year, ids and dependencies)
 * are only in parseScenarioProblem.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioProblemSchema, { io: 'input', target: 'draft-2020-12' }),
    title: 'Community Budget Hub scenario problem',
    description:
      'Input of `npm run scenario` and the engine behind runScenario; semantics in docs/scenario-format.md. ' +
      'Not expressed here: years strictly increasing, one envelope entry per year, earliestYear and pin.startYear ' +
      'within the years, unique request ids, dependsOn naming other requests without cycles.',
  };
}

/** `requests[1].scores.need`; `(root)` for the document itself. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text === '' ? '(root)' : text;
}

/**
 * Validates a problem read from JSON and fills in the defaults. Throws
 * ScenarioFormatError naming the first bad field.
 */
export function parseScenarioProblem(json: unknown): ParsedScenarioProblem {
  const parsed = scenarioProblemSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ScenarioFormatError(fieldPath(issue.path), issue.message);
  }
  const { requests, ...problem } = parsed.data;
  return {
    ...problem,
    requests: requests.map(({ title, earliestYear, alternativeGroup, pin, pinReason, ...request }) => ({
      ...request,
      ...(title == null ? {} : { title }),
      earliestYear: earliestYear ?? null,
      alternativeGroup: alternativeGroup ?? null,
      pin: pin ?? null,
      pinReason: pinReason ?? null,
    })),
  };
}
