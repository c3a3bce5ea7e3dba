import { SurveyDimension } from './survey-results.types';

/**
 * Disclosure control of survey aggregates: the rule is applied to the respondents, once, on the
 * unfiltered universe, so that no combination of filters, groupings, thresholds or transports can
 * recover a group smaller than the configured minimum cell size k.
 *
 * Publication classes. A class is a set of respondents of one import and one wave who answered
 * exactly the same items and share every attribute a query can select or group by at the class's
 * disclosure level. Each respondent (exactly: each rollup profile) is placed in the first level of
 * DISCLOSURE_LEVELS at which its class holds at least k respondents; the attributes that level does
 * not know are unknown for the whole class (local recoding: school is generalised to region, then
 * region, language and focal groups are dropped in turn). A respondent whose class stays below k
 * even with nothing but wave and items known is withheld from every figure.
 *
 * Every figure is then a sum over whole classes: a cell counts a class only if the class knows
 * every dimension the query groups or filters by, so the class's respondents either all fall in
 * the cell or none do (items are part of the class, so item and topic cells take whole classes
 * too). Any difference or other linear combination of published figures (two filters, two
 * groupings, two thresholds, CSV against GraphQL) is therefore a combination of whole classes, each
 * of at least k respondents: no subtraction isolates fewer than k people.
 *
 * Classes are formed within one import, so a later import never changes what an earlier one
 * published (no "before and after" differencing either), and always at the configured k: a caller
 * may ask for a larger minCellSize, which only hides cells with fewer respondents, never regroups.
 *
 * The price: a cell counts only the respondents whose class knows its dimensions, so a school's
 * figures leave out its families that were generalised to the region. That is documented with the
 * results and is what keeps small groups safe.
 */
export const DISCLOSURE_LEVELS: readonly (readonly SurveyDimension[])[] = [
  [SurveyDimension.REGION, SurveyDimension.SCHOOL, SurveyDimension.LANGUAGE, SurveyDimension.FOCAL_GROUP],
  [SurveyDimension.REGION, SurveyDimension.LANGUAGE, SurveyDimension.FOCAL_GROUP],
  [SurveyDimension.LANGUAGE, SurveyDimension.FOCAL_GROUP],
  [SurveyDimension.FOCAL_GROUP],
  [],
];

/** Wave, topic and item are known at every level: they are part of every class. */
const ALWAYS_KNOWN: readonly SurveyDimension[] = [SurveyDimension.WAVE, SurveyDimension.TOPIC, SurveyDimension.ITEM];

/** The profile columns that hold each dimension a level may know. */
const CLASS_COLUMNS: Partial<Record<SurveyDimension, string>> = {
  [SurveyDimension.REGION]: 'region_id',
  [SurveyDimension.SCHOOL]: 'school_id',
  [SurveyDimension.LANGUAGE]: 'language',
  [SurveyDimension.FOCAL_GROUP]: 'focal_group_ids',
};

/**
 * The deepest disclosure level whose classes know every dimension a query uses (grouped or
 * filtered); rows of classes at this level or a shallower one may be counted.
 */
export function deepestUsableLevel(used: Iterable<SurveyDimension>): number {
  const needed = [...used].filter((dimension) => !ALWAYS_KNOWN.includes(dimension));
  let deepest = 0;
  DISCLOSURE_LEVELS.forEach((known, level) => {
    if (needed.every((dimension) => known.includes(dimension))) deepest = level;
  });
  return deepest;
}

/**
 * SQL common table expressions that end in `disclosure_level(survey_import_id, profile_key, level)`:
 * every publishable profile of the rollup rows matching `scope` (a condition on alias `rollup`
 * with `?` placeholders, which must select whole imports) and its level. Profiles absent from it
 * are withheld. `minCellSize` is the configured k; it is written into the SQL as an integer.
 */
export function disclosureLevelSql(scope: string, minCellSize: number): string {
  if (!Number.isSafeInteger(minCellSize) || minCellSize < 1) throw new Error(`minCellSize must be a positive integer, got ${minCellSize}`);
  const steps = DISCLOSURE_LEVELS.map((known, level) => {
    const partition = ['survey_import_id', 'wave_id', 'item_ids', ...known.map((dimension) => CLASS_COLUMNS[dimension]!)].join(', ');
    const source = level === 0 ? 'profile' : `level_${level - 1} where class_respondents < ${minCellSize}`;
    return `level_${level} as (
      select survey_import_id, profile_key, wave_id, item_ids, region_id, school_id, language, focal_group_ids, respondents,
             sum(respondents) over (partition by ${partition}) as class_respondents
      from ${source}
    )`;
  });
  const placed = DISCLOSURE_LEVELS.map((_, level) => `select survey_import_id, profile_key, ${level} as level from level_${level} where class_respondents >= ${minCellSize}`);
  return `profile as (
      select rollup.survey_import_id, rollup.profile_key, rollup.wave_id, rollup.region_id, rollup.school_id, rollup.language, rollup.focal_group_ids,
             max(rollup.respondents) as respondents,
             array_agg(item.id order by item.id) as item_ids
      from survey_response_rollup rollup
      cross join lateral unnest(rollup.item_ids) as item(id)
      where ${scope}
      group by rollup.survey_import_id, rollup.profile_key, rollup.wave_id, rollup.region_id, rollup.school_id, rollup.language, rollup.focal_group_ids
    ),
    ${steps.join(',\n    ')},
    disclosure_level as (
      ${placed.join('\n      union all ')}
    )`;
}
