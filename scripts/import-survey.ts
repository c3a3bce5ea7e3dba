import 'reflect-metadata';
import fs from 'node:fs';
import { parseConfig } from '../src/config';
import { cliErrorMessage, openCliDatabase } from '../src/db/cli-database';
import { DomainError } from '../src/core/errors';
import { importSurveyCsv } from '../src/modules/surveys/survey-import';
import { createSystemContext } from '../src/core/context';
import { createHubPubSub } from '../src/server/pubsub';

const USAGE = 'usage: npm run import:survey -- <survey-id> <file.csv> [--import-key <key>]';

/**
 * Streams a large survey export into the hub with the same all-or-nothing import as the
 * importSurveyResponses mutation (one COPY in one transaction), acting as an ADMIN.
 * With REDIS_URL set, subscribers on every API instance hear surveyResultsPublished.
 */
async function main(argv: string[]): Promise<number> {
  const [surveyId, file, flag, importKey] = argv;
  if (!surveyId || !file || (flag !== undefined && (flag !== '--import-key' || !importKey))) {
    console.error(USAGE);
    return 2;
  }
  const config = parseConfig();
  // Checked before the database is opened (or the embedded one started) for nothing.
  await fs.promises.access(file, fs.constants.R_OK);
  const database = await openCliDatabase(config, { migrate: false });
  const pubSub = createHubPubSub(config);
  try {
    const context = createSystemContext({ rootEm: database.orm.em, pubSub: pubSub.pubSub, config }, 'import:survey CLI');
    const startedAt = performance.now();
    const outcome = await importSurveyCsv(context, surveyId, fs.createReadStream(file, { highWaterMark: 1 << 20 }), importKey ?? null);
    const { surveyImport } = outcome;
    console.log(
      JSON.stringify({
        alreadyImported: outcome.alreadyImported,
        importId: surveyImport.id,
        importKey: surveyImport.importKey,
        rowsRead: surveyImport.rowsRead,
        rowsAccepted: surveyImport.rowsAccepted,
        importMs: surveyImport.durationMs,
        totalMs: Math.round(performance.now() - startedAt),
      }),
    );
    return 0;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    console.error(cliErrorMessage(error));
    const badRows = (error.details.badRows ?? []) as { line: number; reason: string }[];
    for (const row of badRows) console.error(`  line ${row.line}: ${row.reason}`);
    return 1;
  } finally {
    await pubSub.close();
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(cliErrorMessage(error));
    process.exit(1);
  },
);
