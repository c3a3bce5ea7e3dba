import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * What surveyResults reads: survey_response rolled up so that a grouped table over a million
 * answers is a scan of tens of thousands of rows, with every figure still exact.
 *
 * Grain: one row per import x respondent profile x topic. A profile is the set of an import's
 * respondents that share wave, school, language, focal groups and the exact set of items they
 * answered; the import rejects a submission whose answers disagree on any of the first four, so
 * every respondent belongs to exactly one profile.
 * - Distinct respondents stay exact without respondent keys: all respondents of a profile fall
 *   in the same cells, so a cell's n is the sum of its profiles' `respondents`, each profile
 *   counted once. A profile has one row per topic it answered, all with the same `respondents`,
 *   so a table that does not group by topic or item takes one value per profile (import +
 *   `profileKey`) before summing.
 * - Per item: every respondent of a profile answered each of its `itemIds` exactly once, so an
 *   item's answers (and n) are `respondents`; `itemFavourable` and `itemAnswerSums` are aligned
 *   with `itemIds` and give the item's favourable answers and answer sum. Item groupings and item
 *   filters unnest these arrays.
 * - `answers`, `favourable` and `answerSum` are the row's totals over its topic's items, for
 *   tables that need no per-item figure. Favourable uses the item's range at import time; item
 *   ranges cannot be edited.
 * Written by the import in the same transaction as its survey_response rows (see
 * SurveyRollupBuilder), so the two never disagree. Never exposed through GraphQL.
 */
@Entity()
@Index({ properties: ['surveyId'] })
export class SurveyResponseRollup {
  [PrimaryKeyProp]?: ['surveyImportId', 'profileKey', 'topic'];

  @PrimaryKey({ type: 'uuid' })
  surveyImportId!: string;

  /** Numbers the profiles of one import. */
  @PrimaryKey({ type: 'integer' })
  profileKey!: number;

  @PrimaryKey({ type: 'text' })
  topic!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'uuid' })
  waveId!: string;

  @Property({ type: 'uuid' })
  schoolId!: string;

  @Property({ type: 'uuid' })
  regionId!: string;

  @Property({ type: 'string[]', columnType: 'uuid[]' })
  focalGroupIds: string[] = [];

  @Property({ type: 'text' })
  language!: string;

  /** The profile's items of this topic. */
  @Property({ type: 'string[]', columnType: 'uuid[]' })
  itemIds: string[] = [];

  @Property({ type: 'integer' })
  respondents!: number;

  @Property({ type: 'integer' })
  answers!: number;

  @Property({ type: 'integer' })
  favourable!: number;

  @Property({ type: 'bigint', runtimeType: 'number' })
  answerSum!: number;

  @Property({ type: 'number[]', columnType: 'integer[]' })
  itemFavourable: number[] = [];

  @Property({ type: 'number[]', columnType: 'integer[]' })
  itemAnswerSums: number[] = [];
}
