import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './pg-array';
import { deepestUsableLevel, disclosureLevelSql } from './suppression';
import { SurveyDimension } from './survey-results.types';

export interface TopicFocalGroupFavourability {
  topic: string;
  focalGroupId: string;
  /** 0..100: share of the group's answers on the topic's items that were favourable. */
  percentFavourable: number;
  /** Distinct respondents behind the figure (never fewer than the configured minimum cell size). */
  respondents: number;
}

/**
 * Favourability of each topic among each focal group, from the most recent wave that asked
 * about the topic: the equity engine's "survey need" criterion (low favourability = high need).
 * The figure ends up in public scenario explanations, so it counts exactly what surveyResults
 * would publish for [TOPIC, WAVE, FOCAL_GROUP] (publication classes that know focal groups, see
 * suppression.ts); otherwise it would differ from that table by the withheld respondents.
 * Pairs without any counted answers are absent. One statement, aggregated by PostgreSQL.
 */
export async function favourabilityByTopicAndFocalGroup(
  em: EntityManager,
  topics: string[],
  focalGroupIds: string[],
  configuredMinCellSize: number,
): Promise<TopicFocalGroupFavourability[]> {
  if (topics.length === 0 || focalGroupIds.length === 0) return [];
  const usableLevel = deepestUsableLevel([SurveyDimension.TOPIC, SurveyDimension.WAVE, SurveyDimension.FOCAL_GROUP]);
  const rows = await em.getConnection().execute<{ topic: string; focal_group_id: string; percent_favourable: number; respondents: number }[]>(
    `with topic_wave as (
       select distinct on (rollup.topic) rollup.topic, rollup.wave_id
       from survey_response_rollup rollup
       join survey_wave wave on wave.id = rollup.wave_id
       where rollup.topic = any(?::text[])
       order by rollup.topic, wave.fielded_at desc, wave.id
     ),
     ${disclosureLevelSql('rollup.wave_id in (select wave_id from topic_wave)', configuredMinCellSize)}
     select rollup.topic, focal_group.id as focal_group_id,
            (100.0 * sum(rollup.favourable) / sum(rollup.answers))::float8 as percent_favourable,
            sum(rollup.respondents)::int as respondents
     from survey_response_rollup rollup
     join topic_wave on topic_wave.topic = rollup.topic and topic_wave.wave_id = rollup.wave_id
     join disclosure_level disclosure on disclosure.survey_import_id = rollup.survey_import_id and disclosure.profile_key = rollup.profile_key
     cross join lateral unnest(rollup.focal_group_ids) as focal_group(id)
     where disclosure.level <= ${usableLevel} and focal_group.id = any(?::uuid[])
     group by rollup.topic, focal_group.id
     order by rollup.topic, focal_group.id`,
    [pgArray(topics), pgArray(focalGroupIds)],
  );
  return rows.map((row) => ({
    topic: row.topic,
    focalGroupId: row.focal_group_id,
    percentFavourable: Number(row.percent_favourable),
    respondents: Number(row.respondents),
  }));
}
