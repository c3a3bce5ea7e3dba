import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseScenarioProblem, scenarioJsonSchema } from '../../src/equity/parse';

const docs = path.resolve(__dirname, '../../docs');

describe('the published format', () => {
  it('docs/scenario.schema.json is the one generated from the zod schema (npm run scenario:schema)', () => {
    const committed = JSON.parse(readFileSync(path.join(docs, 'scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(scenarioJsonSchema());
  });

  it("the spec's example problem is valid", () => {
    const spec = readFileSync(path.join(docs, 'scenario-format.md'), 'utf8');
    const example = /## Problem\s+```json\n([\s\S]*?)```/.exec(spec);
    expect(example).not.toBeNull();
    const parsed = parseScenarioProblem(JSON.parse((example as RegExpExecArray)[1]));
    expect(parsed.years).toEqual([2027, 2028, 2029, 2030]);
    expect(parsed.requests.map((r) => r.id)).toEqual(['r1']);
  });

  it('the JSON Schema names every field the parser reads', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, any>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['coverageBonus', 'discount', 'envelopes', 'lens', 'mipGap', 'requests', 'solver', 'timeLimitSeconds', 'years'].sort(),
    );
    expect(schema.required.sort()).toEqual(['envelopes', 'lens', 'requests', 'years']);
    const request = schema.properties.requests.items;
    expect(request.required.sort()).toEqual(['focalGroups', 'fte', 'id', 'oneTime', 'recurring', 'scores']);
    expect(Object.keys(request.properties)).toEqual(
      expect.arrayContaining(['earliestYear', 'dependsOn', 'alternativeGroup', 'pin', 'excluded', 'pinReason', 'title']),
    );
  });
});
