import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One answer to one item: the record of what was imported. surveyResults reads the import's
 * SurveyResponseRollup instead (written in the same transaction); the equity engine's survey
 * need reads these rows. Kept lean because it is written by COPY in bulk and read only by
 * GROUP BY queries: a bigint key, no timestamps, no version, and plain id columns without
 * foreign keys (a foreign-key trigger per row per reference was the dominant COPY cost; the
 * import resolves every id from rows it read in the same transaction, and the hub has no
 * deletion of waves, items, schools or regions).
 * - `regionId` is copied from the school at import time so grouping by region needs no join.
 * - `focalGroupIds` is a uuid[] rather than a link table: one COPY row per answer instead of
 *   several, and grouping by focal group is an `unnest`. Membership is validated at import.
 * - `respondentKey` is an opaque per-submission number derived from the import and the file's
 *   submission id, so "respondents" is `count(distinct respondent_key)`; it identifies no person
 *   and cannot be linked across imports.
 * Never exposed through GraphQL: only suppressed aggregates leave the database.
 */
@Entity()
@Index({ properties: ['waveId', 'itemId'] })
export class SurveyResponse {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  surveyId!: string;

  @Property({ type: 'uuid' })
  waveId!: string;

  @Property({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'uuid' })
  schoolId!: string;

  @Property({ type: 'uuid' })
  regionId!: string;

  @Property({ type: 'string[]', columnType: 'uuid[]' })
  focalGroupIds: string[] = [];

  @Property({ type: 'text' })
  language!: string;

  @Property({ type: 'smallint' })
  answer!: number;

  @Property({ type: 'bigint' })
  respondentKey!: string;

  @Property({ type: 'uuid' })
  surveyImportId!: string;
}
