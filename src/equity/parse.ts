import { ScenarioFormatError } from './errors';
import type {
  LensCriterion,
  RequestPin,
  ResourceAmount,
  ScenarioProblem,
  ScenarioRequest,
  SolverKind,
} from './types';

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

type JsonObject = Record<string, unknown>;

function fail(path: string, detail: string): never {
  throw new ScenarioFormatError(path, detail);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function object(value: unknown, path: string): JsonObject {
  if (!isObject(value)) fail(path, 'must be an object');
  return value;
}

function array(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'must be an array');
  return value;
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function nonNegative(value: unknown, path: string): number {
  if (!isFiniteNumber(value) || value < 0) fail(path, 'must be a number >= 0');
  return value;
}

function integer(value: unknown, path: string): number {
  if (!isFiniteNumber(value) || !Number.isInteger(value)) fail(path, 'must be an integer');
  return value;
}

function nonEmptyString(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length === 0) fail(path, 'must be a non-empty string');
  return value;
}

function optionalString(value: unknown, path: string): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail(path, 'must be a string or null');
  return value;
}

function parseYears(value: unknown): number[] {
  const years = array(value, 'years');
  if (years.length === 0) fail('years', 'must list at least one year');
  years.forEach((year, i) => {
    integer(year, `years[${i}]`);
    if (i > 0 && (year as number) <= (years[i - 1] as number)) {
      fail(`years[${i}]`, 'years must be strictly increasing');
    }
  });
  return years as number[];
}

function parseEnvelope(value: unknown, path: string, yearCount: number): ResourceAmount[] {
  const entries = array(value, path);
  if (entries.length !== yearCount) {
    fail(path, `must have one entry per year (${yearCount}), got ${entries.length}`);
  }
  return entries.map((entry, i) => {
    const amount = object(entry, `${path}[${i}]`);
    return {
      money: nonNegative(amount.money, `${path}[${i}].money`),
      fte: nonNegative(amount.fte, `${path}[${i}].fte`),
    };
  });
}

function parseCriteria(value: unknown): LensCriterion[] {
  const lens = object(value, 'lens');
  const criteria = array(lens.criteria, 'lens.criteria');
  if (criteria.length === 0) fail('lens.criteria', 'must list at least one criterion');
  const seen = new Set<string>();
  const parsed = criteria.map((entry, i) => {
    const criterion = object(entry, `lens.criteria[${i}]`);
    const key = nonEmptyString(criterion.key, `lens.criteria[${i}].key`);
    if (seen.has(key)) fail(`lens.criteria[${i}].key`, `duplicate criterion "${key}"`);
    seen.add(key);
    return { key, weight: nonNegative(criterion.weight, `lens.criteria[${i}].weight`) };
  });
  if (parsed.reduce((sum, c) => sum + c.weight, 0) <= 0) {
    fail('lens.criteria', 'weights must have a positive sum');
  }
  return parsed;
}

function parseScores(value: unknown, path: string): Record<string, number> {
  const scores = object(value, path);
  const keys = Object.keys(scores);
  if (keys.length > 1) keys.sort();
  const parsed: Record<string, number> = {};
  for (const key of keys) {
    const score = scores[key];
    if (typeof score !== 'number' || !(score >= 0 && score <= 1)) {
      fail(`${path}.${key}`, 'must be a number between 0 and 1');
    }
    parsed[key] = score;
  }
  return parsed;
}

function parsePin(value: unknown, path: string, years: number[]): RequestPin | null {
  if (value === undefined || value === null) return null;
  const pin = object(value, path);
  if (pin.tier !== 1 && pin.tier !== 2) fail(`${path}.tier`, 'must be 1 or 2');
  const startYear = integer(pin.startYear, `${path}.startYear`);
  if (!years.includes(startYear)) fail(`${path}.startYear`, `must be one of the years ${years.join(', ')}`);
  return { tier: pin.tier, startYear };
}

/** Fast check with the error path built only on failure (10,000 requests validate in one pass). */
function nonNegativeField(request: JsonObject, field: string, i: number): number {
  const value = request[field];
  if (typeof value === 'number' && value >= 0 && value !== Infinity) return value;
  return nonNegative(value, `requests[${i}].${field}`);
}

function stringList(value: unknown, path: string): string[] {
  const list = array(value, path);
  for (let k = 0; k < list.length; k++) {
    const entry = list[k];
    if (typeof entry !== 'string' || entry.length === 0) nonEmptyString(entry, `${path}[${k}]`);
  }
  // Validated in place and shared, not copied: the engine never mutates it.
  return list as string[];
}

function parseRequest(value: unknown, i: number, years: number[]): ParsedScenarioRequest {
  if (!isObject(value)) fail(`requests[${i}]`, 'must be an object');
  const request = value;
  const id = typeof request.id === 'string' && request.id.length > 0 ? request.id : nonEmptyString(request.id, `requests[${i}].id`);
  const title =
    request.title === undefined || request.title === null
      ? null
      : optionalString(request.title, `requests[${i}].title`);
  const focalGroups = stringList(request.focalGroups, `requests[${i}].focalGroups`);
  let earliestYear: number | null = null;
  if (request.earliestYear !== undefined && request.earliestYear !== null) {
    earliestYear = integer(request.earliestYear, `requests[${i}].earliestYear`);
    if (earliestYear < years[0] || earliestYear > years[years.length - 1]) {
      fail(`requests[${i}].earliestYear`, `must be within ${years[0]}..${years[years.length - 1]} or null`);
    }
  }
  const dependsOn =
    request.dependsOn === undefined || request.dependsOn === null
      ? []
      : stringList(request.dependsOn, `requests[${i}].dependsOn`);
  const pin = request.pin === undefined || request.pin === null ? null : parsePin(request.pin, `requests[${i}].pin`, years);
  if (request.excluded !== undefined && typeof request.excluded !== 'boolean') {
    fail(`requests[${i}].excluded`, 'must be true or false');
  }
  const excluded = request.excluded === true;
  if (excluded && pin) fail(`requests[${i}].excluded`, 'a request cannot be both pinned and excluded');
  const scores = parseScores(request.scores, `requests[${i}].scores`);
  const oneTime = nonNegativeField(request, 'oneTime', i);
  const recurring = nonNegativeField(request, 'recurring', i);
  const fte = nonNegativeField(request, 'fte', i);
  const alternativeGroup =
    request.alternativeGroup === undefined || request.alternativeGroup === null
      ? null
      : optionalString(request.alternativeGroup, `requests[${i}].alternativeGroup`);
  const pinReason =
    request.pinReason === undefined || request.pinReason === null
      ? null
      : optionalString(request.pinReason, `requests[${i}].pinReason`);
  const parsed: ParsedScenarioRequest = {
    id,
    ...(title === null ? {} : { title }),
    scores,
    focalGroups,
    oneTime,
    recurring,
    fte,
    earliestYear,
    dependsOn,
    alternativeGroup,
    pin,
    excluded,
    pinReason,
  };
  return parsed;
}

function checkReferences(requests: ParsedScenarioRequest[]): void {
  const indexById = new Map<string, number>();
  requests.forEach((request, i) => {
    if (indexById.has(request.id)) {
      fail(`requests[${i}].id`, `duplicate id "${request.id}" (first used by requests[${indexById.get(request.id)}])`);
    }
    indexById.set(request.id, i);
  });
  requests.forEach((request, i) => {
    request.dependsOn.forEach((dep, d) => {
      if (!indexById.has(dep)) fail(`requests[${i}].dependsOn[${d}]`, `unknown request id "${dep}"`);
      if (dep === request.id) fail(`requests[${i}].dependsOn[${d}]`, 'a request cannot depend on itself');
      if (request.dependsOn.indexOf(dep) !== d) fail(`requests[${i}].dependsOn[${d}]`, `"${dep}" is listed twice`);
    });
  });
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
        fail(`requests[${frame.node}].dependsOn`, `dependency cycle ${[...cycle, requests[child].id].join(' -> ')}`);
      }
      if (state[child] === 0) {
        state[child] = 1;
        stack.push({ node: child, next: 0 });
      }
    }
  }
}

/**
 * Validates a problem read from JSON and fills in the defaults. Throws
 * ScenarioFormatError naming the first bad field.
 */
export function parseScenarioProblem(json: unknown): ParsedScenarioProblem {
  const root = object(json, '(root)');
  const years = parseYears(root.years);
  const envelopes = object(root.envelopes, 'envelopes');
  const criteria = parseCriteria(root.lens);

  let discount = DEFAULT_DISCOUNT;
  if (root.discount !== undefined && root.discount !== null) {
    if (!isFiniteNumber(root.discount) || root.discount <= 0 || root.discount > 1) {
      fail('discount', 'must be a number > 0 and <= 1');
    }
    discount = root.discount;
  }
  const coverageBonus =
    root.coverageBonus === undefined || root.coverageBonus === null
      ? DEFAULT_COVERAGE_BONUS
      : nonNegative(root.coverageBonus, 'coverageBonus');
  let solver: SolverKind = 'OPTIMAL';
  if (root.solver !== undefined && root.solver !== null) {
    if (root.solver !== 'OPTIMAL' && root.solver !== 'GREEDY') fail('solver', 'must be "OPTIMAL" or "GREEDY"');
    solver = root.solver;
  }
  let timeLimitSeconds = DEFAULT_TIME_LIMIT_SECONDS;
  if (root.timeLimitSeconds !== undefined && root.timeLimitSeconds !== null) {
    if (!isFiniteNumber(root.timeLimitSeconds) || root.timeLimitSeconds <= 0) {
      fail('timeLimitSeconds', 'must be a number > 0');
    }
    timeLimitSeconds = root.timeLimitSeconds;
  }
  let mipGap = DEFAULT_MIP_GAP;
  if (root.mipGap !== undefined && root.mipGap !== null) {
    if (!isFiniteNumber(root.mipGap) || root.mipGap < 0 || root.mipGap >= 1) {
      fail('mipGap', 'must be a number >= 0 and < 1');
    }
    mipGap = root.mipGap;
  }

  const tier1 = parseEnvelope(envelopes.tier1, 'envelopes.tier1', years.length);
  const tier2 = parseEnvelope(envelopes.tier2, 'envelopes.tier2', years.length);
  const requests = array(root.requests, 'requests').map((request, i) => parseRequest(request, i, years));
  checkReferences(requests);

  return {
    years,
    envelopes: { tier1, tier2 },
    lens: { criteria },
    discount,
    coverageBonus,
    solver,
    timeLimitSeconds,
    mipGap,
    requests,
  };
}
