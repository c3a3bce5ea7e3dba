import { createHash, randomUUID, type Hash } from 'node:crypto';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { finished } from 'node:stream/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { School } from '../geography/school.entity';
import { snapshot } from '../shared/snapshot';
import { FOCAL_GROUP_SEPARATOR, SURVEY_CSV_COLUMNS, splitCsvLine, type SurveyCsvColumn } from './survey-csv';
import { SurveyImport } from './survey-import.entity';
import { SurveyItem } from './survey-item.entity';
import { ROLLUP_COPY_COLUMNS, rollupCopyLine, SurveyRollupBuilder, type RollupItem, type RollupRespondent } from './survey-rollup';
import { SurveyWave } from './survey-wave.entity';
import { Survey } from './survey.entity';

/** Bad rows listed in the error; the total is always reported. */
export const MAX_REPORTED_BAD_ROWS = 100;
/** COPY data is sent in chunks of about this size: few writes, bounded memory. */
const COPY_CHUNK_CHARS = 1 << 18;
const LANGUAGE_PATTERN = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/;
const ANSWER_PATTERN = /^-?\d{1,3}$/;

export interface BadRow {
  line: number;
  reason: string;
}

export interface SurveyImportOutcome {
  surveyImport: SurveyImport;
  /** True when the import key was already imported: nothing was written. */
  alreadyImported: boolean;
}

interface ItemLookup {
  id: string;
  index: number;
  scaleMin: number;
  scaleMax: number;
}

interface Lookups {
  waves: Map<string, string>;
  items: Map<string, ItemLookup>;
  /** In ItemLookup.index order. */
  rollupItems: RollupItem[];
  schools: Map<string, { id: string; regionId: string }>;
  focalGroups: Map<string, string>;
}

class Rejection {
  constructor(readonly reason: string) {}
}

class AlreadyImported extends Error {
  constructor(readonly existing: SurveyImport) {
    super('already imported');
  }
}

/**
 * Streams a CSV of survey answers into survey_response with one COPY inside one transaction,
 * then writes the import's survey_response_rollup rows (tallied while streaming) with a second
 * COPY in the same transaction. Every line is validated while streaming; after the first bad
 * line nothing more is sent and the COPY is cancelled, but reading goes on so that every bad
 * line is reported. Any bad line rejects the whole file. Without an explicit key, the file's SHA-256 is the import key, so
 * uploading the same file again is a no-op.
 */
export async function importSurveyCsv(context: HubContext, surveyId: string, input: Readable, requestedKey: string | null): Promise<SurveyImportOutcome> {
  const startedAt = performance.now();
  if (requestedKey !== null) {
    const existing = await context.em.findOne(SurveyImport, { survey: surveyId, importKey: requestedKey });
    if (existing) return { surveyImport: existing, alreadyImported: true };
  }
  try {
    const surveyImport = await runWrite(context, async ({ em, viewer, audit, publish }) => {
      const survey = await em.findOne(Survey, surveyId);
      if (!survey) throw new NotFoundError('Survey', surveyId);
      const lookups = await loadLookups(em, surveyId);
      const surveyImport = em.create(SurveyImport, {
        survey,
        // Replaced by the file hash once it is known; a placeholder can never equal a hex digest.
        importKey: requestedKey ?? `pending ${randomUUID()}`,
        rowsRead: 0,
        rowsAccepted: 0,
        durationMs: 0,
        importedBy: viewer.label,
      });
      await em.flush();

      const connection = (await em.getTransactionContext()!.client.acquireConnection()) as PoolClient;
      const copy = connection.query(
        copyFrom(
          'copy survey_response (survey_id, wave_id, item_id, school_id, region_id, focal_group_ids, language, answer, respondent_key, survey_import_id) from stdin',
        ),
      );
      const copied = finished(copy);
      copied.catch(() => undefined);
      const hash = requestedKey === null ? createHash('sha256') : null;
      const rollup = new SurveyRollupBuilder(lookups.rollupItems);
      const parsed = await streamRows(input, lookups, { surveyId, importId: surveyImport.id }, copy, hash, rollup);
      if (parsed.badRows.length > 0) {
        copy.destroy(new Error('survey import rejected'));
        await copied.catch(() => undefined);
        throw new BadUserInputError(
          `The file was rejected: ${parsed.badRowCount} bad row(s); nothing was imported` +
            (parsed.badRowCount > parsed.badRows.length ? ` (the first ${parsed.badRows.length} are listed)` : ''),
          { badRows: parsed.badRows, badRowCount: parsed.badRowCount, rowsRead: parsed.rowsRead },
        );
      }
      copy.end();
      await copied;
      await copyRollup(connection, rollup, surveyId, surveyImport.id);

      if (hash) {
        const importKey = hash.digest('hex');
        const existing = await em.findOne(SurveyImport, { survey: surveyId, importKey });
        if (existing) throw new AlreadyImported(existing);
        surveyImport.importKey = importKey;
      }
      surveyImport.rowsRead = parsed.rowsRead;
      surveyImport.rowsAccepted = parsed.rowsRead;
      surveyImport.durationMs = Math.round(performance.now() - startedAt);
      await em.flush();
      audit({ action: 'importSurveyResponses', entityType: 'SurveyImport', entityId: surveyImport.id, after: snapshot(surveyImport) });
      publish({
        topic: Topic.SURVEY_RESULTS_PUBLISHED,
        payload: { surveyId, rowsAccepted: surveyImport.rowsAccepted, occurredAt: new Date().toISOString() },
      });
      return surveyImport;
    });
    return { surveyImport, alreadyImported: false };
  } catch (error) {
    if (error instanceof AlreadyImported) return { surveyImport: error.existing, alreadyImported: true };
    throw error;
  }
}

async function loadLookups(em: EntityManager, surveyId: string): Promise<Lookups> {
  // One after another: inside a transaction they share one connection.
  const waves = await em.find(SurveyWave, { survey: surveyId });
  const items = await em.find(SurveyItem, { survey: surveyId }, { orderBy: { code: 'asc' } });
  const schools = await em.find(School, {});
  const focalGroups = await em.find(FocalGroup, {});
  const schoolLookup = new Map<string, { id: string; regionId: string }>();
  for (const school of schools) {
    const entry = { id: school.id, regionId: school.region.id };
    schoolLookup.set(school.name, entry);
    schoolLookup.set(school.id, entry);
  }
  const focalGroupLookup = new Map<string, string>();
  for (const group of focalGroups) {
    focalGroupLookup.set(group.name, group.id);
    focalGroupLookup.set(group.id, group.id);
  }
  return {
    waves: new Map(waves.map((wave) => [wave.name, wave.id])),
    items: new Map(items.map((item, index) => [item.code, { id: item.id, index, scaleMin: item.scaleMin, scaleMax: item.scaleMax }])),
    rollupItems: items.map((item) => ({ id: item.id, topic: item.topic, favourableMin: item.favourableMin, favourableMax: item.favourableMax })),
    schools: schoolLookup,
    focalGroups: focalGroupLookup,
  };
}

async function copyRollup(connection: PoolClient, rollup: SurveyRollupBuilder, surveyId: string, importId: string): Promise<void> {
  const copy = connection.query(copyFrom(`copy survey_response_rollup (${ROLLUP_COPY_COLUMNS}) from stdin`));
  const copied = finished(copy);
  copied.catch(() => undefined);
  let pending = '';
  for (const row of rollup.rows()) {
    pending += rollupCopyLine(row, surveyId, importId);
    if (pending.length >= COPY_CHUNK_CHARS) {
      const chunk = pending;
      pending = '';
      if (!copy.write(chunk)) await once(copy, 'drain');
    }
  }
  copy.end(pending);
  await copied;
}

interface ParseResult {
  rowsRead: number;
  badRows: BadRow[];
  badRowCount: number;
}

/**
 * One anonymous submission: its answers must agree on wave, school, language and focal groups
 * (one family answering once; the rollup counts each respondent in exactly one profile), and
 * answer each item once.
 */
interface Submission {
  ordinal: number;
  respondentKey: string;
  waveId: string;
  schoolId: string;
  language: string;
  focalGroups: FocalGroupSet;
  rollup: RollupRespondent;
}

interface FocalGroupSet {
  ids: string[];
  /** As a PostgreSQL uuid[] literal for COPY. */
  literal: string;
}

async function streamRows(
  input: Readable,
  lookups: Lookups,
  ids: { surveyId: string; importId: string },
  copy: Writable,
  hash: Hash | null,
  rollup: SurveyRollupBuilder,
): Promise<ParseResult> {
  const badRows: BadRow[] = [];
  let badRowCount = 0;
  let rowsRead = 0;
  let lineNumber = 0;
  let columns: Record<SurveyCsvColumn, number> | null = null;
  let pending = '';
  let remainder = '';
  const submissions = new Map<string, Submission>();
  const answered = new Set<number>();
  const focalGroupCells = new Map<string, FocalGroupSet | Rejection>();
  const itemCount = Math.max(lookups.items.size, 1);

  const reject = (reason: string) => {
    badRowCount += 1;
    if (badRows.length < MAX_REPORTED_BAD_ROWS) badRows.push({ line: lineNumber, reason });
  };

  /** Files repeat few distinct combinations, so each is resolved once. */
  const focalGroupSet = (cell: string): FocalGroupSet | Rejection => {
    const cached = focalGroupCells.get(cell);
    if (cached !== undefined) return cached;
    const ids = new Set<string>();
    let result: FocalGroupSet | Rejection | null = null;
    for (const raw of cell.split(FOCAL_GROUP_SEPARATOR)) {
      const name = raw.trim();
      if (name === '') continue;
      const id = lookups.focalGroups.get(name);
      if (!id) {
        result = new Rejection(`unknown focal group "${name}"`);
        break;
      }
      ids.add(id);
    }
    if (!result) {
      const sorted = [...ids].sort();
      result = { ids: sorted, literal: `{${sorted.join(',')}}` };
    }
    focalGroupCells.set(cell, result);
    return result;
  };

  const readHeader = (line: string) => {
    const fields = splitCsvLine(line.replace(/^\uFEFF/, ''));
    if (typeof fields === 'string') return reject(`header: ${fields}`);
    const names = fields.map((field) => field.trim().toLowerCase());
    const unknown = names.filter((name) => !(SURVEY_CSV_COLUMNS as readonly string[]).includes(name));
    const missing = SURVEY_CSV_COLUMNS.filter((column) => !names.includes(column));
    if (unknown.length > 0) reject(`unknown column(s) ${unknown.join(', ')}; responses carry no personal identifiers, allowed columns are ${SURVEY_CSV_COLUMNS.join(', ')}`);
    if (missing.length > 0) reject(`missing column(s) ${missing.join(', ')}`);
    if (unknown.length === 0 && missing.length === 0) {
      columns = Object.fromEntries(SURVEY_CSV_COLUMNS.map((column) => [column, names.indexOf(column)])) as Record<SurveyCsvColumn, number>;
    }
  };

  const readRow = (line: string, header: Record<SurveyCsvColumn, number>): string | Rejection => {
    const fields = splitCsvLine(line);
    if (typeof fields === 'string') return new Rejection(fields);
    if (fields.length !== SURVEY_CSV_COLUMNS.length) return new Rejection(`expected ${SURVEY_CSV_COLUMNS.length} fields, found ${fields.length}`);
    const waveName = fields[header.wave].trim();
    const waveId = lookups.waves.get(waveName);
    if (!waveId) return new Rejection(`unknown wave "${waveName}"`);
    const itemCode = fields[header.item].trim();
    const item = lookups.items.get(itemCode);
    if (!item) return new Rejection(`unknown item "${itemCode}"`);
    const schoolName = fields[header.school].trim();
    const school = lookups.schools.get(schoolName);
    if (!school) return new Rejection(`unknown school "${schoolName}"`);
    const focalGroups = focalGroupSet(fields[header.focal_groups]);
    if (focalGroups instanceof Rejection) return focalGroups;
    const language = fields[header.language].trim().toLowerCase();
    if (!LANGUAGE_PATTERN.test(language)) return new Rejection(`language "${language}" is not a language code such as en, es or zh-hant`);
    const answerText = fields[header.answer].trim();
    const answer = ANSWER_PATTERN.test(answerText) ? Number(answerText) : NaN;
    if (!Number.isInteger(answer) || answer < item.scaleMin || answer > item.scaleMax) {
      return new Rejection(`answer "${answerText}" is not an integer from ${item.scaleMin} to ${item.scaleMax} (item ${itemCode})`);
    }
    const submissionId = fields[header.submission_id].trim();
    if (submissionId === '') return new Rejection('submission_id is empty');
    if (submissionId.includes('@')) return new Rejection('submission_id looks like an email address; it must be an anonymous key');
    let submission = submissions.get(submissionId);
    if (!submission) {
      submission = {
        ordinal: submissions.size,
        respondentKey: respondentKeyOf(ids.importId, submissionId),
        waveId,
        schoolId: school.id,
        language,
        focalGroups,
        rollup: rollup.addRespondent({ waveId, schoolId: school.id, regionId: school.regionId, focalGroupIds: focalGroups.ids, language }),
      };
      submissions.set(submissionId, submission);
    } else if (submission.waveId !== waveId || submission.schoolId !== school.id) {
      return new Rejection(`submission "${submissionId}" has answers from different waves or schools`);
    } else if (submission.language !== language || submission.focalGroups.literal !== focalGroups.literal) {
      return new Rejection(`submission "${submissionId}" has answers with different languages or focal groups`);
    }
    const answerKey = submission.ordinal * itemCount + item.index;
    if (answered.has(answerKey)) return new Rejection(`submission "${submissionId}" answers item ${itemCode} more than once`);
    answered.add(answerKey);
    rollup.addAnswer(submission.rollup, item.index, answer);
    return `${ids.surveyId}\t${waveId}\t${item.id}\t${school.id}\t${school.regionId}\t${focalGroups.literal}\t${language}\t${answer}\t${submission.respondentKey}\t${ids.importId}\n`;
  };

  const processLine = async (rawLine: string) => {
    lineNumber += 1;
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (lineNumber === 1) return readHeader(line);
    if (line.trim() === '') return;
    rowsRead += 1;
    if (!columns) return;
    const row = readRow(line, columns);
    if (row instanceof Rejection) return reject(row.reason);
    if (badRowCount > 0) return;
    pending += row;
    if (pending.length >= COPY_CHUNK_CHARS) {
      const chunk = pending;
      pending = '';
      if (!copy.write(chunk)) await once(copy, 'drain');
    }
  };

  const decoder = new StringDecoder('utf8');
  for await (const chunk of input as AsyncIterable<string | Buffer>) {
    hash?.update(chunk);
    const text = remainder + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      await processLine(text.slice(start, end));
      start = end + 1;
    }
    remainder = text.slice(start);
  }
  if (remainder !== '') await processLine(remainder);
  if (lineNumber === 0) reject('the file is empty');
  if (badRowCount === 0 && pending !== '' && !copy.write(pending)) await once(copy, 'drain');
  return { rowsRead, badRows, badRowCount };
}

/** A 63-bit number, unlinkable outside this import (keyed by the import's random id). */
function respondentKeyOf(importId: string, submissionId: string): string {
  return createHash('sha256').update(importId).update('\u0000').update(submissionId).digest().readBigInt64BE(0).toString();
}
