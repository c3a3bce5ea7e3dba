import fs from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../../src/db/seed/demo-random';

/** The synthetic district of the bench: names only; the run script creates the matching rows. */
export interface BenchDistrict {
  regions: string[];
  schools: { name: string; region: string }[];
  focalGroups: string[];
  waves: { name: string; fieldedAt: string }[];
  items: { code: string; topic: string }[];
}

export function benchDistrict(): BenchDistrict {
  const regions = ['North', 'East', 'South', 'West'];
  const topics = ['Barriers to Engagement', 'Sense of Belonging', 'School Climate', 'Family Efficacy', 'Communication'];
  return {
    regions,
    schools: Array.from({ length: 40 }, (_, index) => ({ name: `Bench School ${String(index + 1).padStart(2, '0')}`, region: regions[index % regions.length] })),
    focalGroups: Array.from({ length: 8 }, (_, index) => `Bench Group ${index + 1}`),
    waves: [
      { name: 'Fall 2026', fieldedAt: '2026-10-01T00:00:00Z' },
      { name: 'Spring 2027', fieldedAt: '2027-04-01T00:00:00Z' },
    ],
    items: Array.from({ length: 20 }, (_, index) => ({ code: `Q${String(index + 1).padStart(2, '0')}`, topic: topics[index % topics.length] })),
  };
}

const LANGUAGES = ['en', 'en', 'en', 'es', 'es', 'vi', 'so', 'zh'];

/** Writes `submissions` x (all items) answer rows in the import format; returns the row count. */
export async function writeSurveyCsv(path: string, district: BenchDistrict, submissions: number, seed: number): Promise<number> {
  const next = seededRandom(seed);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const out = fs.createWriteStream(path);
  out.write('wave,item,school,focal_groups,language,answer,submission_id\n');
  let rows = 0;
  for (let submission = 0; submission < submissions; submission += 1) {
    const wave = pick(district.waves).name;
    const school = pick(district.schools).name;
    const groupCount = Math.floor(next() * 3);
    const groups = [...new Set(Array.from({ length: groupCount }, () => pick(district.focalGroups)))].join(';');
    const language = pick(LANGUAGES);
    let chunk = '';
    for (const item of district.items) {
      chunk += `${wave},${item.code},${school},${groups},${language},${1 + Math.floor(next() * 5)},sub-${submission}\n`;
      rows += 1;
    }
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return rows;
}
