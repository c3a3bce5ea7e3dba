import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './pg-array';
import { suppressCells } from './suppression';
import { SurveyDimension, SuppressionReason, type SurveyGroup, type SurveyResultCell } from './survey-results.types';
import type { SurveyResultsFilter } from './surveys.inputs';

const CANONICAL_ORDER = Object.values(SurveyDimension);

/** How each dimension is read in SQL, and the coarser dimension it nests in (its margin). */
const DIMENSION_SQL: Record<SurveyDimension, { value: string; parent: string | null; groupField: keyof SurveyGroup }> = {
  [SurveyDimension.WAVE]: { value: 'response.wave_id', parent: null, groupField: 'waveId' },
  [SurveyDimension.TOPIC]: { value: 'item.topic', parent: null, groupField: 'topic' },
  [SurveyDimension.ITEM]: { value: 'response.item_id', parent: 'item.topic', groupField: 'itemId' },
  [SurveyDimension.REGION]: { value: 'response.region_id', parent: null, groupField: 'regionId' },
  [SurveyDimension.SCHOOL]: { value: 'response.school_id', parent: 'response.region_id', groupField: 'schoolId' },
  [SurveyDimension.FOCAL_GROUP]: { value: 'focal_group.id', parent: null, groupField: 'focalGroupId' },
  [SurveyDimension.LANGUAGE]: { value: 'response.language', parent: null, groupField: 'language' },
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
  [column: string]: string | number | null;
}

/**
 * The aggregate table of a survey, computed by PostgreSQL in one GROUP BY, with suppression
 * applied to every cell before anything leaves this function.
 */
export async function surveyResultCells(
  em: EntityManager,
  surveyId: string,
  groupBy: readonly SurveyDimension[],
  filter: SurveyResultsFilter | null | undefined,
  minCellSize: number,
): Promise<SurveyResultCell[]> {
  const dimensions = canonicalDimensions(groupBy);
  const groupsByFocalGroup = dimensions.includes(SurveyDimension.FOCAL_GROUP);
  const conditions = ['response.survey_id = ?'];
  const parameters: unknown[] = [surveyId];
  const restrict = (sql: string, values: string[] | null | undefined) => {
    if (values === undefined || values === null) return;
    conditions.push(sql);
    parameters.push(pgArray(values));
  };
  restrict('response.wave_id = any(?::uuid[])', filter?.waveIds);
  restrict('item.topic = any(?::text[])', filter?.topics);
  restrict('response.item_id = any(?::uuid[])', filter?.itemIds);
  restrict('response.region_id = any(?::uuid[])', filter?.regionIds);
  restrict('response.school_id = any(?::uuid[])', filter?.schoolIds);
  restrict('response.language = any(?::text[])', filter?.languages);
  restrict('response.focal_group_ids && ?::uuid[]', filter?.focalGroupIds);
  if (groupsByFocalGroup) restrict('focal_group.id = any(?::uuid[])', filter?.focalGroupIds);

  const selected = dimensions.flatMap((dimension, index) => {
    const { value, parent } = DIMENSION_SQL[dimension];
    return parent ? [`${value} as d${index}`, `${parent} as p${index}`] : [`${value} as d${index}`];
  });
  const grouped = selected.map((_, index) => index + 1);
  const rows = await em.getConnection().execute<AggregateRow[]>(
    `select ${[...selected, ''].join(', ')}
            count(distinct response.respondent_key)::int as respondents,
            count(*)::int as answers,
            (count(*) filter (where response.answer between item.favourable_min and item.favourable_max))::int as favourable,
            sum(response.answer)::float8 as answer_sum
     from survey_response response
     join survey_item item on item.id = response.item_id
     ${groupsByFocalGroup ? 'cross join lateral unnest(response.focal_group_ids) as focal_group(id)' : ''}
     where ${conditions.join(' and ')}
     ${grouped.length > 0 ? `group by ${grouped.join(', ')} order by ${grouped.join(', ')}` : ''}`,
    parameters,
  );
  // An aggregate over no rows at all is one row of zeros; it is an empty table, not a cell.
  const cells = rows.filter((row) => Number(row.answers) > 0);
  const reasons = suppressCells(
    cells.map((row) => ({
      values: dimensions.map((_, index) => String(row[`d${index}`])),
      parents: dimensions.map((dimension, index) => (DIMENSION_SQL[dimension].parent ? String(row[`p${index}`]) : null)),
      respondents: Number(row.respondents),
    })),
    minCellSize,
  );
  return cells.map((row, index) => {
    const group: SurveyGroup = { waveId: null, topic: null, itemId: null, regionId: null, schoolId: null, focalGroupId: null, language: null };
    dimensions.forEach((dimension, position) => {
      group[DIMENSION_SQL[dimension].groupField] = row[`d${position}`] as string;
    });
    const reason = reasons[index];
    if (reason) {
      return { group, suppressed: true, suppression: SuppressionReason[reason], respondents: null, answers: null, percentFavourable: null, mean: null };
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
