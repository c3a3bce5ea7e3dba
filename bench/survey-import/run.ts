import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import type { MikroORM } from '@mikro-orm/postgresql';
import { parseConfig } from '../../src/config';
import { connectOrm, migrate } from '../../src/db/database';
import { createDatabaseIfMissing, dropDatabase, withDatabase } from '../../src/db/database-admin';
import { startThrowawayPostgres } from '../../src/db/embedded-postgres';
import { FocalGroup, FocalGroupCategory, IssueProximity } from '../../src/modules/focal-groups/focal-group.entity';
import { Region } from '../../src/modules/geography/region.entity';
import { School } from '../../src/modules/geography/school.entity';
import { importSurveyCsv } from '../../src/modules/surveys/survey-import';
import { SurveyItem } from '../../src/modules/surveys/survey-item.entity';
import { surveyResultCells } from '../../src/modules/surveys/survey-results';
import { SurveyDimension } from '../../src/modules/surveys/survey-results.types';
import { SurveyWave } from '../../src/modules/surveys/survey-wave.entity';
import { Survey } from '../../src/modules/surveys/survey.entity';
import { createSystemContext } from '../../src/core/context';
import { createHubPubSub } from '../../src/server/pubsub';
import { benchDistrict, writeSurveyCsv } from './generate';

/**
 * The hub's survey import against the physical floor: `psql \copy` of the same rows (already
 * resolved to ids) into the same table with the same indexes. The hub's figure includes what
 * only it writes: the survey_response_rollup rows of the import, in the same transaction. Then
 * the time of grouped surveyResults aggregates (SQL over the rollup + suppression).
 *   --submissions N (default 50000; x 20 items = 1,000,000 rows)  --rounds N (default 3)  --seed N
 */
const COLUMNS = 'survey_id, wave_id, item_id, school_id, region_id, focal_group_ids, language, answer, respondent_key, survey_import_id';
const QUERY_REPEATS = 5;
const GROUPINGS: SurveyDimension[][] = [
  [SurveyDimension.SCHOOL, SurveyDimension.WAVE],
  [SurveyDimension.TOPIC, SurveyDimension.FOCAL_GROUP, SurveyDimension.WAVE],
  [SurveyDimension.REGION, SurveyDimension.TOPIC, SurveyDimension.LANGUAGE],
  [SurveyDimension.ITEM],
];

function flagsOf(argv: string[]) {
  const flags = { submissions: 50_000, rounds: 3, seed: 20261001 };
  for (let index = 0; index < argv.length; index += 2) {
    const [flag, value] = [argv[index], Number(argv[index + 1])];
    if (flag === '--submissions') flags.submissions = value;
    else if (flag === '--rounds') flags.rounds = value;
    else if (flag === '--seed') flags.seed = value;
    else throw new Error(`unknown flag ${flag}; use --submissions, --rounds, --seed`);
  }
  return flags;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function createFixtures(orm: MikroORM): Promise<string> {
  const district = benchDistrict();
  const em = orm.em.fork();
  const regions = new Map(district.regions.map((name) => [name, em.create(Region, { name, code: name.toUpperCase() })]));
  for (const school of district.schools) em.create(School, { name: school.name, region: regions.get(school.region)! });
  for (const name of district.focalGroups) {
    em.create(FocalGroup, { name, category: FocalGroupCategory.COMMUNITY, populationShare: 0.05, languages: [], proximity: IssueProximity.DIRECTLY_IMPACTED });
  }
  const survey = em.create(Survey, { name: 'Bench survey' });
  for (const wave of district.waves) em.create(SurveyWave, { survey, name: wave.name, fieldedAt: new Date(wave.fieldedAt) });
  for (const item of district.items) {
    em.create(SurveyItem, { survey, code: item.code, prompt: item.code, topic: item.topic, scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 });
  }
  await em.flush();
  return survey.id;
}

async function main(): Promise<void> {
  const flags = flagsOf(process.argv.slice(2));
  const server = process.env.DATABASE_URL ? null : await startThrowawayPostgres();
  const maintenanceUrl = server ? server.url : withDatabase(process.env.DATABASE_URL!, 'postgres');
  const database = `cbh_bench_survey_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
  const databaseUrl = withDatabase(maintenanceUrl, database);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cbh-survey-bench-'));
  const csvPath = path.join(workDir, 'responses.csv');
  const resolvedPath = path.join(workDir, 'responses.copy');
  await createDatabaseIfMissing(maintenanceUrl, database);
  const orm = await connectOrm(databaseUrl);
  const pubSub = createHubPubSub();
  const psql = (command: string) => execFileSync('psql', [databaseUrl, '-v', 'ON_ERROR_STOP=1', '-q', '-c', command], { stdio: ['ignore', 'ignore', 'inherit'] });
  try {
    await migrate(orm);
    const surveyId = await createFixtures(orm);
    const rows = await writeSurveyCsv(csvPath, benchDistrict(), flags.submissions, flags.seed);
    const csvBytes = fs.statSync(csvPath).size;
    console.log(`# survey import bench: ${rows.toLocaleString('en-US')} rows (${(csvBytes / 1e6).toFixed(1)} MB CSV), ${flags.rounds} rounds, node ${process.version}, ${os.cpus().length} cpu(s) (${os.cpus()[0]?.model ?? 'unknown'})`);

    const benchDeps = { rootEm: orm.em, pubSub: pubSub.pubSub, config: parseConfig({ NODE_ENV: 'production' }) };
    const hubMs: number[] = [];
    const copyMs: number[] = [];
    for (let round = 1; round <= flags.rounds; round += 1) {
      psql('truncate survey_response, survey_response_rollup');
      const context = createSystemContext(benchDeps, 'survey import bench');
      let started = performance.now();
      const outcome = await importSurveyCsv(context, surveyId, fs.createReadStream(csvPath, { highWaterMark: 1 << 20 }), `bench-round-${round}`);
      hubMs.push(performance.now() - started);
      if (outcome.surveyImport.rowsAccepted !== rows) throw new Error(`imported ${outcome.surveyImport.rowsAccepted} of ${rows} rows`);
      if (round === 1) psql(`\\copy (select ${COLUMNS} from survey_response) to '${resolvedPath}'`);
      psql('truncate survey_response');
      started = performance.now();
      psql(`\\copy survey_response (${COLUMNS}) from '${resolvedPath}'`);
      copyMs.push(performance.now() - started);
    }
    psql('truncate survey_response, survey_response_rollup');
    const finalContext = createSystemContext(benchDeps, 'survey import bench');
    await importSurveyCsv(finalContext, surveyId, fs.createReadStream(csvPath, { highWaterMark: 1 << 20 }), 'bench-final');
    psql('analyze survey_response');
    psql('analyze survey_response_rollup');
    const [{ count: rollupRows }] = await orm.em.getConnection().execute<{ count: number }[]>('select count(*)::int as count from survey_response_rollup');
    console.log(`rollup rows written by the import: ${rollupRows.toLocaleString('en-US')}`);

    console.log('\n| rows | hub import ms (median) | psql \\copy ms (median) | ratio hub / \\copy | hub runs ms | \\copy runs ms |');
    console.log('|---:|---:|---:|---:|---|---|');
    console.log(
      `| ${rows.toLocaleString('en-US')} | ${median(hubMs).toFixed(0)} | ${median(copyMs).toFixed(0)} | ${(median(hubMs) / median(copyMs)).toFixed(2)} | ${hubMs.map((ms) => ms.toFixed(0)).join(', ')} | ${copyMs.map((ms) => ms.toFixed(0)).join(', ')} |`,
    );

    console.log(`\n| surveyResults groupBy | cells | suppressed | median ms (${QUERY_REPEATS} runs after 1 warm-up) | max ms |`);
    console.log('|---|---:|---:|---:|---:|');
    for (const groupBy of GROUPINGS) {
      const run = async () => {
        const started = performance.now();
        const cells = await surveyResultCells(orm.em.fork(), surveyId, groupBy, null, 10);
        return { ms: performance.now() - started, cells };
      };
      const { cells } = await run();
      const times: number[] = [];
      for (let repeat = 0; repeat < QUERY_REPEATS; repeat += 1) times.push((await run()).ms);
      console.log(`| ${groupBy.join(', ')} | ${cells.length} | ${cells.filter((cell) => cell.suppressed).length} | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} |`);
    }
  } finally {
    await pubSub.close();
    await orm.close();
    await dropDatabase(maintenanceUrl, database);
    await server?.stop();
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
