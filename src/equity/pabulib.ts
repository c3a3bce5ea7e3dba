import { ScenarioFormatError } from './errors';
import type { ScenarioItem, ScenarioProblem, ScenarioRequest, ScenarioResult } from './types';

/**
 * pabulib (participatory budgeting library) `.pb` files: three `;`-separated
 * sections, META (key;value), PROJECTS and VOTES, each opened by a header row
 * naming its columns. Fields may be double-quoted ("" inside quotes is one ").
 */

/** The criterion a PB instance's votes become: the project's votes / the most any project got. */
export const COMMUNITY_VOTE_CRITERION = 'communityVote';

export interface PabulibProject {
  id: string;
  cost: number;
  /** From the `votes` column, else counted from VOTES (approval: ballots naming it; points: their sum). */
  votes: number;
  name: string | null;
  categories: string[];
  /** The published outcome (`selected` column, 1 = funded), null when the file has none. */
  selected: boolean | null;
}

export interface PabulibInstance {
  meta: Record<string, string>;
  projects: PabulibProject[];
  voteCount: number;
}

type Section = 'META' | 'PROJECTS' | 'VOTES';
const SECTIONS: ReadonlySet<string> = new Set<Section>(['META', 'PROJECTS', 'VOTES']);

/** One `;`-separated record; quotes as in RFC 4180 with `;` for `,`. */
function splitRecord(line: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ';') {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields.map((f) => f.trim());
}

const list = (text: string | undefined) =>
  (text ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);

/** Reads a `.pb` file. Throws ScenarioFormatError naming the line and column of the first problem. */
export function parsePabulib(text: string): PabulibInstance {
  const rows: Record<Section, Array<{ line: number; record: Record<string, string> }>> = {
    META: [],
    PROJECTS: [],
    VOTES: [],
  };
  let section: Section | null = null;
  let header: string[] | null = null;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    if (SECTIONS.has(trimmed.toUpperCase())) {
      section = trimmed.toUpperCase() as Section;
      header = null;
      return;
    }
    if (section === null) throw new ScenarioFormatError(`line ${line}`, 'expected META, PROJECTS or VOTES first');
    const fields = splitRecord(raw);
    if (header === null) {
      header = fields.map((name) => name.toLowerCase());
      return;
    }
    const columns = header;
    if (section === 'META') {
      rows.META.push({ line, record: { key: fields[0], value: fields.slice(1).join(';') } });
      return;
    }
    if (fields.length !== columns.length) {
      throw new ScenarioFormatError(`line ${line}`, `${section} row has ${fields.length} fields, its header ${columns.length}`);
    }
    rows[section].push({ line, record: Object.fromEntries(columns.map((name, k) => [name, fields[k]])) });
  });

  const meta = Object.fromEntries(rows.META.map(({ record }) => [record.key, record.value]));
  if (rows.PROJECTS.length === 0) throw new ScenarioFormatError('PROJECTS', 'the file lists no projects');
  const counted = new Map<string, number>();
  for (const { line, record } of rows.VOTES) {
    const chosen = list(record.vote);
    const points = list(record.points);
    if (points.length > 0 && points.length !== chosen.length) {
      throw new ScenarioFormatError(`line ${line}`, `VOTES points lists ${points.length} values for ${chosen.length} projects`);
    }
    chosen.forEach((id, k) => counted.set(id, (counted.get(id) ?? 0) + (points.length > 0 ? Number(points[k]) : 1)));
  }
  const seen = new Set<string>();
  const projects = rows.PROJECTS.map(({ line, record }): PabulibProject => {
    const at = (column: string) => `line ${line} (PROJECTS ${column})`;
    const id = record.project_id;
    if (!id) throw new ScenarioFormatError(at('project_id'), 'must be a non-empty id');
    if (seen.has(id)) throw new ScenarioFormatError(at('project_id'), `duplicate project id "${id}"`);
    seen.add(id);
    const cost = Number(record.cost);
    if (record.cost === undefined || record.cost === '' || !Number.isFinite(cost) || cost < 0) {
      throw new ScenarioFormatError(at('cost'), 'must be a number >= 0');
    }
    let votes = counted.get(id) ?? 0;
    if (record.votes !== undefined && record.votes !== '') {
      votes = Number(record.votes);
      if (!Number.isFinite(votes) || votes < 0) throw new ScenarioFormatError(at('votes'), 'must be a number >= 0');
    }
    const selected = record.selected;
    if (selected !== undefined && selected !== '' && selected !== '0' && selected !== '1') {
      throw new ScenarioFormatError(at('selected'), 'must be 0 or 1');
    }
    return {
      id,
      cost,
      votes,
      name: record.name ? record.name : null,
      categories: list(record.category),
      selected: selected === '1' ? true : selected === '0' ? false : null,
    };
  });
  return { meta, projects, voteCount: rows.VOTES.length };
}

/**
 * A PB instance as a one-year scenario: the budget is the Tier 1 envelope (no
 * Tier 2, no FTE), each project a request costing its cost once, scored on one
 * criterion, `communityVote` = votes / the most votes any project got (so
 * ranking by equity score is ranking by votes; ties by id), with its
 * categories as focal groups. The year is META `instance` when it is one
 * (e.g. "2020"), else `year`.
 */
export function pabulibToScenario(instance: PabulibInstance, options: { year?: number } = {}): ScenarioProblem {
  const budget = Number(instance.meta.budget);
  if (instance.meta.budget === undefined || !Number.isFinite(budget) || budget < 0) {
    throw new ScenarioFormatError('META budget', 'must be a number >= 0');
  }
  const year = options.year ?? Number(/^\d{4}$/.exec(instance.meta.instance ?? '')?.[0]);
  if (!Number.isInteger(year)) {
    throw new ScenarioFormatError('META instance', 'is not a year; give the year the budget is for');
  }
  const mostVotes = instance.projects.reduce((most, p) => Math.max(most, p.votes), 0);
  const requests: ScenarioRequest[] = instance.projects.map((project) => ({
    id: project.id,
    ...(project.name === null ? {} : { title: project.name }),
    scores: { [COMMUNITY_VOTE_CRITERION]: mostVotes > 0 ? project.votes / mostVotes : 0 },
    focalGroups: project.categories,
    oneTime: project.cost,
    recurring: 0,
    fte: 0,
  }));
  return {
    years: [year],
    envelopes: { tier1: [{ money: budget, fte: 0 }], tier2: [{ money: 0, fte: 0 }] },
    lens: { criteria: [{ key: COMMUNITY_VOTE_CRITERION, weight: 1 }] },
    requests,
  };
}

/** META fields of an exported cycle; `description`, `unit` and `instance` default from the problem. */
export interface PabulibExportMeta {
  description?: string;
  country?: string;
  unit?: string;
  instance?: string;
  currency?: string;
}

/** What an export needs of a cycle: its years, envelopes and requests (a ScenarioProblem is one). */
export interface PabulibCycle {
  years: number[];
  envelopes: Pick<ScenarioProblem['envelopes'], 'tier1'>;
  requests: Array<Pick<ScenarioRequest, 'id' | 'title' | 'focalGroups' | 'oneTime' | 'recurring' | 'earliestYear'>>;
}

/** What an export needs of a plan: how it was solved and where each request landed (a ScenarioResult is one). */
export interface PabulibPlan {
  solver: ScenarioResult['solver'];
  items: Array<Pick<ScenarioItem, 'id' | 'tier' | 'startYear' | 'equityScore' | 'allocations'> & Partial<Pick<ScenarioItem, 'scoreBreakdown'>>>;
}

/** A field on one line (the format has no multi-line fields), quoted when it holds `;` or `"`. */
function field(value: string | number): string {
  const text = String(value).replace(/\s*(\r\n|\r|\n)\s*/g, ' ');
  return /[;"]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const category = (name: string) => name.replace(/\s*,\s*/g, ' ').trim();

const cents = (value: number) => Math.round(value * 100) / 100;

/**
 * What a request would cost over the horizon started in `startYear`: the one-time cost plus the
 * recurring cost of every year from then on. A request that could only start after the last year
 * is priced as if it started in the last year.
 */
function costFrom(years: number[], request: PabulibCycle['requests'][number], startYear: number): number {
  const start = years.findIndex((year) => year >= startYear);
  return request.oneTime + request.recurring * (start === -1 ? 1 : years.length - start);
}

/**
 * A cycle, and optionally its plan, as a `.pb` file. Each request is a project; categories are its
 * focal groups; `budget` is the Tier 1 money over all years (what is funded now, the same reading
 * as pabulibToScenario's). With a plan, `selected` is 1 for Tier 1 only: Tier 2 is funded only if
 * more money or staff appear, so it is not part of the outcome; extra columns carry the plan
 * (`tier` 1–3, `start_year`, `equity_score`, and `score_<criterion>` for each lens criterion: its
 * weighted contribution to the equity score, e.g. a community vote's). A placed request (Tier 1 or 2) costs what the plan
 * allocates to it over the years; any other costs what it would from its earliest year (or the
 * first year), so the selected costs sum to at most `budget`. Without a plan the file lists the
 * projects only. No ballots: VOTES is empty. A comma in a focal group's name becomes a space, as
 * `,` separates categories.
 */
export function writePabulib(cycle: PabulibCycle, plan: PabulibPlan | null, meta: PabulibExportMeta = {}): string {
  const { years } = cycle;
  const itemOf = new Map((plan?.items ?? []).map((item) => [item.id, item]));
  const budget = cycle.envelopes.tier1.reduce((sum, envelope) => sum + envelope.money, 0);
  const lines: string[] = ['META', 'key;value'];
  const metaRows: Array<[string, string | number]> = [
    ['description', meta.description ?? `Community Budget Hub ${plan ? 'plan' : 'cycle'}, ${years[0]}–${years[years.length - 1]}`],
    ...(meta.country ? [['country', meta.country] as [string, string]] : []),
    ['unit', meta.unit ?? 'school district'],
    ['instance', meta.instance ?? String(years[0])],
    ['num_projects', cycle.requests.length],
    ['num_votes', 0],
    ['budget', cents(budget)],
    ['vote_type', 'approval'],
    ...(plan ? [['rule', plan.solver === 'GREEDY' ? 'greedy' : 'equity-optimal'] as [string, string]] : []),
    ...(meta.currency ? [['currency', meta.currency] as [string, string]] : []),
  ];
  for (const [key, value] of metaRows) lines.push(`${field(key)};${field(value)}`);
  const criteria = [...new Set((plan?.items ?? []).flatMap((item) => Object.keys(item.scoreBreakdown ?? {})))].sort();
  const planColumns = ['selected', 'tier', 'start_year', 'equity_score', ...criteria.map((key) => `score_${key}`)];
  lines.push('PROJECTS', ['project_id', 'cost', 'name', 'category', ...(plan ? planColumns : [])].map(field).join(';'));
  for (const request of cycle.requests) {
    const earliestCost = () => costFrom(years, request, Math.max(request.earliestYear ?? years[0], years[0]));
    const project: Array<string | number> = [request.id, 0, request.title ?? '', request.focalGroups.map(category).join(',')];
    if (plan) {
      const item = itemOf.get(request.id);
      if (item === undefined) throw new Error(`the plan has no item for request ${request.id}`);
      const placed = item.tier <= 2;
      project[1] = cents(placed ? item.allocations.reduce((sum, allocation) => sum + allocation.money, 0) : earliestCost());
      project.push(item.tier === 1 ? 1 : 0, item.tier, item.startYear ?? '', item.equityScore, ...criteria.map((key) => item.scoreBreakdown?.[key] ?? ''));
    } else {
      project[1] = cents(earliestCost());
    }
    lines.push(project.map(field).join(';'));
  }
  lines.push('VOTES', 'voter_id;vote');
  return `${lines.join('\n')}\n`;
}
