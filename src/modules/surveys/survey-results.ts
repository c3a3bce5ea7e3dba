import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './pg-array';
import { deepestUsableLevel, disclosureLevelSql } from './suppression';
import { SurveyDimension, SuppressionReason, type SurveyGroup, type SurveyResultCell } from './survey-results.types';
import type { SurveyResultsFilter } from './surveys.inputs';

const CANONICAL_ORDER = Object.values(SurveyDimension);

/** How each dimension is read from survey_response_rollup. */
const DIMENSION_SQL: Record<SurveyDimension, { value: string; groupField: keyof SurveyGroup }> = {
  [SurveyDimension.WAVE]: { value: 'rollup.wave_id', groupField: 'waveId' },
  [SurveyDimension.TOPIC]: { value: 'rollup.topic', groupField: 'topic' },
  [SurveyDimension.ITEM]: { value: 'item.id', groupField: 'itemId' },
  [SurveyDimension.REGION]: { value: 'rollup.region_id', groupField: 'regionId' },
  [SurveyDimension.SCHOOL]: { value: 'rollup.school_id', groupField: 'schoolId' },
  [SurveyDimension.FOCAL_GROUP]: { value: 'focal_group.id', groupField: 'focalGroupId' },
  [SurveyDimension.LANGUAGE]: { value: 'rollup.language', groupField: 'language' },
};

/** Distinct dimensions in canonical order, so [SCHOOL, WAVE] and [WAVE, SCHOOL] are the same table with the same suppression. */
export function canonicalDimensions(groupBy: readonly SurveyDimension[]): SurveyDimension[] {
  return CANONICAL_ORDER.filter((dimension) => groupBy.includes(dimension));
}

interface AggregateRow {
  respondents: number;
  answers: number;
  favourable: number;
  answer_sum: number;
  /** Rollup rows in the cell, counted or not: a cell with rows but no countable ones is listed as suppressed. */
  source_rows: number;
  [column: string]: string | number | null;
}

const FILTERED_DIMENSIONS: [keyof SurveyResultsFilter, SurveyDimension][] = [
  ['waveIds', SurveyDimension.WAVE],
  ['topics', SurveyDimension.TOPIC],
  ['itemIds', SurveyDimension.ITEM],
  ['regionIds', SurveyDimension.REGION],
  ['schoolIds', SurveyDimension.SCHOOL],
  ['focalGroupIds', SurveyDimension.FOCAL_GROUP],
  ['languages', SurveyDimension.LANGUAGE],
];

/**
 * The aggregate table of a survey, computed by PostgreSQL in one statement over
 * survey_response_rollup (see its entity for why n stays exact). Only respondents of publication
 * classes that know every grouped and filtered dimension are counted (see suppression.ts: the rule
 * that makes differencing useless), classes formed at `configuredMinCellSize`; a cell with fewer
 * than `minCellSize` counted respondents (a caller may raise it) is listed without figures.
 */
export async function surveyResultCells(
  em: EntityManager,
  surveyId: string,
  groupBy: readonly SurveyDimension[],
  filter: SurveyResultsFilter | null | undefined,
  configuredMinCellSize: number,
  minCellSize: number = configuredMinCellSize,
): Promise<SurveyResultCell[]> {
  const dimensions = canonicalDimensions(groupBy);
  const filtered = FILTERED_DIMENSIONS.filter(([field]) => filter?.[field] !== undefined && filter?.[field] !== null).map(([, dimension]) => dimension);
  const usableLevel = deepestUsableLevel([...dimensions, ...filtered]);
  const groupsByFocalGroup = dimensions.includes(SurveyDimension.FOCAL_GROUP);
  const groupsByItem = dimensions.includes(SurveyDimension.ITEM);
  const filtersItems = filter?.itemIds !== undefined && filter?.itemIds !== null;
  // Item figures live in arrays aligned with item_ids; only tables that need them unnest.
  const perItem = groupsByItem || filtersItems;
  // A respondent is in one row per (profile, topic[, item]): counted once per cell only when a
  // cell never holds two rows of the same profile, else profiles are collapsed first.
  const collapsesProfiles = !groupsByItem && (perItem || !dimensions.includes(SurveyDimension.TOPIC));
  const conditions = ['rollup.survey_id = ?'];
  const parameters: unknown[] = [surveyId, surveyId];
  const restrict = (sql: string, values: string[] | null | undefined) => {
    if (values === undefined || values === null) return;
    conditions.push(sql);
    parameters.push(pgArray(values));
  };
  restrict('rollup.wave_id = any(?::uuid[])', filter?.waveIds);
  restrict('rollup.topic = any(?::text[])', filter?.topics);
  restrict('rollup.item_ids && ?::uuid[]', filter?.itemIds);
  restrict('item.id = any(?::uuid[])', filter?.itemIds);
  restrict('rollup.region_id = any(?::uuid[])', filter?.regionIds);
  restrict('rollup.school_id = any(?::uuid[])', filter?.schoolIds);
  restrict('rollup.language = any(?::text[])', filter?.languages);
  restrict('rollup.focal_group_ids && ?::uuid[]', filter?.focalGroupIds);
  if (groupsByFocalGroup) restrict('focal_group.id = any(?::uuid[])', filter?.focalGroupIds);

  const columns = dimensions.map((dimension, index) => ({ sql: DIMENSION_SQL[dimension].value, alias: `d${index}` }));
  const selected = columns.map((column) => `${column.sql} as ${column.alias}`);
  const keys = columns.map((column) => column.alias);
  const figures = perItem
    ? { respondents: 'rollup.respondents', answers: 'rollup.respondents', favourable: 'rollup.item_favourable[item.position]', answerSum: 'rollup.item_answer_sums[item.position]' }
    : { respondents: 'rollup.respondents', answers: 'rollup.answers', favourable: 'rollup.favourable', answerSum: 'rollup.answer_sum' };
  const source = `from survey_response_rollup rollup
     ${perItem ? 'cross join lateral unnest(rollup.item_ids) with ordinality as item(id, position)' : ''}
     ${groupsByFocalGroup ? 'cross join lateral unnest(rollup.focal_group_ids) as focal_group(id)' : ''}
     left join disclosure_level disclosure on disclosure.survey_import_id = rollup.survey_import_id and disclosure.profile_key = rollup.profile_key
     where ${conditions.join(' and ')}`;
  const usable = `coalesce(disclosure.level <= ${usableLevel}, false)`;
  const rowsOfTable = collapsesProfiles
    ? `select ${[...selected, ''].join(', ')}
              bool_or(${usable}) as usable,
              max(${figures.respondents}) as respondents, sum(${figures.answers}) as answers,
              sum(${figures.favourable}) as favourable, sum(${figures.answerSum}) as answer_sum
       ${source}
       group by ${[...keys, 'rollup.survey_import_id', 'rollup.profile_key'].join(', ')}`
    : `select ${[...selected, ''].join(', ')}
              ${usable} as usable,
              ${figures.respondents} as respondents, ${figures.answers} as answers,
              ${figures.favourable} as favourable, ${figures.answerSum} as answer_sum
       ${source}`;
  const rows = await em.getConnection().execute<AggregateRow[]>(
    `with ${disclosureLevelSql('rollup.survey_id = ?', configuredMinCellSize)}
     select ${[...keys, ''].join(', ')}
            coalesce(sum(respondents) filter (where usable), 0)::int as respondents,
            coalesce(sum(answers) filter (where usable), 0)::int as answers,
            coalesce(sum(favourable) filter (where usable), 0)::int as favourable,
            coalesce(sum(answer_sum) filter (where usable), 0)::float8 as answer_sum,
            count(*)::int as source_rows
     from (${rowsOfTable}) as table_row
     ${keys.length > 0 ? `group by ${keys.join(', ')} order by ${keys.join(', ')}` : ''}`,
    parameters,
  );
  // An aggregate over no rows at all is one row of zeros; it is an empty table, not a cell.
  const cells = rows.filter((row) => Number(row.source_rows) > 0);
  return cells.map((row) => {
    const group: SurveyGroup = { waveId: null, topic: null, itemId: null, regionId: null, schoolId: null, focalGroupId: null, language: null };
    dimensions.forEach((dimension, position) => {
      group[DIMENSION_SQL[dimension].groupField] = row[`d${position}`] as string;
    });
    if (Number(row.answers) === 0 || Number(row.respondents) < minCellSize) {
      return { group, suppressed: true, suppression: SuppressionReason.SMALL_CELL, respondents: null, answers: null, percentFavourable: null, mean: null };
    }
    const answers = Number(row.answers);
    return {
      group,
      suppressed: false,
      suppression: null,
      respondents: Number(row.respondents),
      answers,
      percentFavourable: (100 * Number(row.favourable)) / answers,
      mean: Number(row.answer_sum) / answers,
    };
  });
}
