import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import {
  COMMUNITY_VOTE_CRITERION,
  pabulibToScenario,
  parsePabulib,
  ScenarioFormatError,
  solveScenario,
  writePabulib,
  type ScenarioProblem,
} from '../../src/equity';

const root = join(__dirname, '..', '..');
const fixturePath = join(__dirname, 'fixtures', 'riverton-district4-2024.pb');
const fixture = readFileSync(fixturePath, 'utf8');

const fundedIds = (result: Awaited<ReturnType<typeof solveScenario>>, tier: 1 | 2 = 1) =>
  result.items
    .filter((item) => item.tier === tier)
    .map((item) => item.id)
    .sort();

describe('parsePabulib', () => {
  it('reads META, projects (quoted names, category lists, published selection) and counts the ballots', () => {
    const instance = parsePabulib(fixture);
    expect(instance.meta).toMatchObject({ budget: '1000000', instance: '2024', rule: 'greedy', vote_type: 'approval' });
    expect(instance.voteCount).toBe(9);
    expect(instance.projects).toHaveLength(8);
    expect(instance.projects[2]).toEqual({
      id: '3',
      cost: 300000,
      votes: 7,
      name: 'Playground; phase 1 ("Green Yard")',
      categories: ['environment', 'sport'],
      selected: true,
    });
  });

  it('counts votes from VOTES when PROJECTS has no votes column (approval: one per ballot)', () => {
    const withoutVotes = fixture
      .split('\n')
      .map((line, i, lines) => {
        const projectsAt = lines.indexOf('PROJECTS');
        const votesAt = lines.indexOf('VOTES');
        if (i <= projectsAt || i >= votesAt) return line;
        const fields = line.match(/("([^"]|"")*"|[^;]*)(;|$)/g) as string[];
        return fields.filter((_, k) => k !== 2).join('').replace(/;$/, '');
      })
      .join('\n');
    expect(withoutVotes).toContain('project_id;cost;name;category');
    const counted = parsePabulib(withoutVotes).projects.map((p) => p.votes);
    expect(counted).toEqual(parsePabulib(fixture).projects.map((p) => p.votes));
  });

  it('sums points for cumulative ballots', () => {
    const text = 'META\nkey;value\nbudget;10\ninstance;2025\nPROJECTS\nproject_id;cost\na;4\nb;5\nVOTES\nvoter_id;vote;points\n1;a,b;3,2\n2;b;4\n';
    expect(parsePabulib(text).projects.map((p) => [p.id, p.votes])).toEqual([
      ['a', 3],
      ['b', 6],
    ]);
  });

  it.each([
    ['text before any section', 'hello\nMETA\n', 'line 1: expected META, PROJECTS or VOTES first'],
    ['a row with a missing field', 'META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost;name\n1;4\n', 'line 6: PROJECTS row has 2 fields, its header 3'],
    ['a negative cost', 'META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n1;-4\n', 'line 6 (PROJECTS cost): must be a number >= 0'],
    ['a duplicate project', 'META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n1;4\n1;3\n', 'line 7 (PROJECTS project_id): duplicate project id "1"'],
    ['no projects', 'META\nkey;value\nbudget;5\n', 'PROJECTS: the file lists no projects'],
    ['selected not 0/1', 'META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost;selected\n1;4;yes\n', 'line 6 (PROJECTS selected): must be 0 or 1'],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parsePabulib(text)).toThrow(ScenarioFormatError);
    expect(() => parsePabulib(text)).toThrow(message);
  });

  it('needs a budget and a year', () => {
    const noBudget = parsePabulib('META\nkey;value\ninstance;2024\nPROJECTS\nproject_id;cost\n1;4\n');
    expect(() => pabulibToScenario(noBudget)).toThrow('META budget: must be a number >= 0');
    const noYear = parsePabulib('META\nkey;value\nbudget;5\ninstance;spring\nPROJECTS\nproject_id;cost\n1;4\n');
    expect(() => pabulibToScenario(noYear)).toThrow('META instance: is not a year');
    expect(pabulibToScenario(noYear, { year: 2026 }).years).toEqual([2026]);
  });
});

describe('a PB instance as a scenario', () => {
  it("GREEDY reproduces the city's published greedy selection (skipping what no longer fits)", async () => {
    const instance = parsePabulib(fixture);
    const problem = pabulibToScenario(instance);
    expect(problem.years).toEqual([2024]);
    expect(problem.requests[0]).toMatchObject({ id: '1', title: 'Library reading room refit', oneTime: 400000 });
    expect(problem.requests[0].scores[COMMUNITY_VOTE_CRITERION]).toBe(1);
    const published = instance.projects.filter((p) => p.selected).map((p) => p.id);
    expect(published.length).toBeGreaterThan(0);
    const result = await solveScenario({ ...problem, solver: 'GREEDY' });
    expect(fundedIds(result)).toEqual(published.sort());
  });

  it('npm run scenario -- --from-pb prints the same result; a broken file names its line', () => {
    const run = (args: string[], input?: string) =>
      spawnSync(process.execPath, ['--require', 'tsx/cjs', join(root, 'src', 'equity', 'cli.ts'), ...args], {
        cwd: root,
        input,
        encoding: 'utf8',
      });
    const ok = run(['--from-pb', fixturePath, '--solver', 'GREEDY']);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    const result = JSON.parse(ok.stdout);
    expect(result.solver).toBe('GREEDY');
    expect(fundedIds(result)).toEqual(['1', '3', '4', '6']);
    const bad = run(['--from-pb', '-'], 'META\nkey;value\nbudget;5\nPROJECTS\nproject_id;cost\n1;x\n');
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('stdin: line 6 (PROJECTS cost): must be a number >= 0');
  });

  it('GREEDY equals the textbook PB greedy rule on random instances (votes desc, ties by id; skip what does not fit)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ cost: fc.integer({ min: 0, max: 100 }), votes: fc.integer({ min: 0, max: 20 }) }), {
          minLength: 1,
          maxLength: 25,
        }),
        fc.integer({ min: 0, max: 600 }),
        async (projects, budget) => {
          const ids = projects.map((_, i) => `p${String(i).padStart(2, '0')}`);
          const text = [
            'META',
            'key;value',
            `budget;${budget}`,
            'instance;2030',
            'PROJECTS',
            'project_id;cost;votes',
            ...projects.map((p, i) => `${ids[i]};${p.cost};${p.votes}`),
          ].join('\n');
          const order = projects.map((_, i) => i).sort((a, b) => projects[b].votes - projects[a].votes || a - b);
          let left = budget;
          const expected: string[] = [];
          for (const i of order) {
            if (projects[i].cost <= left) {
              left -= projects[i].cost;
              expected.push(ids[i]);
            }
          }
          const result = await solveScenario({ ...pabulibToScenario(parsePabulib(text)), solver: 'GREEDY' });
          expect(fundedIds(result)).toEqual(expected.sort());
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('writePabulib', () => {
  const problem: ScenarioProblem = {
    years: [2027, 2028],
    envelopes: { tier1: [{ money: 100, fte: 1 }, { money: 100, fte: 1 }], tier2: [{ money: 100, fte: 0 }, { money: 100, fte: 0 }] },
    lens: { criteria: [{ key: 'need', weight: 1 }] },
    requests: [
      { id: 'a', title: 'Tutors; "after school"', scores: { need: 0.9 }, focalGroups: ['ell', 'grade 9'], oneTime: 60, recurring: 20, fte: 0.5 },
      { id: 'b', scores: { need: 0.8 }, focalGroups: ['ell'], oneTime: 90, recurring: 0, fte: 0 },
      { id: 'c', scores: { need: 0.5 }, focalGroups: [], oneTime: 500, recurring: 0, fte: 0, earliestYear: 2028 },
      { id: 'd', scores: { need: 0.1 }, focalGroups: ['sped'], oneTime: 40, recurring: 10, fte: 0 },
    ],
  };

  it('writes a file pabulib readers accept: selected = Tier 1, costs within the Tier 1 budget, the plan in extra columns', async () => {
    const result = await solveScenario({ ...problem, solver: 'GREEDY' });
    const text = writePabulib(problem, result, { unit: 'Riverton USD', currency: 'USD' });
    const back = parsePabulib(text);
    expect(back.meta).toMatchObject({ unit: 'Riverton USD', instance: '2027', budget: '200', num_projects: '4', rule: 'greedy', currency: 'USD' });
    expect(back.projects.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(back.projects[0]).toMatchObject({ name: 'Tutors; "after school"', categories: ['ell', 'grade 9'] });
    const tierOf = new Map(result.items.map((item) => [item.id, item.tier]));
    const funded = back.projects.filter((p) => p.selected);
    expect(funded.length).toBeGreaterThan(0);
    expect(funded.map((p) => p.id)).toEqual(back.projects.filter((p) => tierOf.get(p.id) === 1).map((p) => p.id));
    // Tier 2 is not selected (it is funded only if money appears) but stays visible in the tier column.
    const b = back.projects.find((p) => p.id === 'b');
    expect(tierOf.get('b')).toBe(2);
    expect(b).toMatchObject({ cost: 90, selected: false });
    expect(funded.reduce((sum, p) => sum + p.cost, 0)).toBeLessThanOrEqual(Number(back.meta.budget));
    // 'a' funded from 2027 costs its one-time amount plus two years of recurring cost.
    const a = result.items.find((item) => item.id === 'a');
    expect(a?.startYear).toBe(2027);
    expect(back.projects[0].cost).toBe(60 + 2 * 20);
    // 'c' is never funded; it is priced from its earliest year.
    expect(back.projects[2]).toMatchObject({ cost: 500, selected: false });
    const rows = text.split('\n');
    expect(rows[rows.indexOf('PROJECTS') + 1]).toBe('project_id;cost;name;category;selected;tier;start_year;equity_score;score_need');
    // Each criterion's weighted contribution: with one criterion, the equity score itself.
    expect(a?.scoreBreakdown.need).toBe(a?.equityScore);
    expect(rows[rows.indexOf('PROJECTS') + 2]).toBe(`a;100;"Tutors; ""after school""";ell,grade 9;1;1;2027;${a?.equityScore};${a?.equityScore}`);
  });

  it('without a plan lists the projects priced from their earliest year, on one line each, commas in group names kept out of the category list', () => {
    const cycle = {
      ...problem,
      requests: [
        { ...problem.requests[0], title: 'Tutors\r\n  after school', focalGroups: ['Families, Karen-speaking', 'ell'] },
        ...problem.requests.slice(1),
        { id: 'late', scores: {}, focalGroups: [], oneTime: 5, recurring: 7, fte: 0, earliestYear: 2031 },
      ],
    };
    const text = writePabulib(cycle, null);
    const rows = text.split('\n');
    expect(rows[rows.indexOf('PROJECTS') + 1]).toBe('project_id;cost;name;category');
    const back = parsePabulib(text);
    expect(back.meta).toMatchObject({ budget: '200', num_projects: '5' });
    expect(back.meta.rule).toBeUndefined();
    expect(back.projects.map((p) => [p.id, p.cost, p.selected])).toEqual([
      ['a', 60 + 2 * 20, null],
      ['b', 90, null],
      ['c', 500, null],
      ['d', 40 + 2 * 10, null],
      // Could only start after the cycle: priced as if it started in the last year.
      ['late', 5 + 7, null],
    ]);
    expect(back.projects[0]).toMatchObject({ name: 'Tutors after school', categories: ['Families Karen-speaking', 'ell'] });
  });
});
