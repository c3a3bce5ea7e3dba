import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from './pg-array';

export interface TopicFocalGroupFavourability {
  topic: string;
  focalGroupId: string;
  /** 0..100: share of the group's answers on the topic's items that were favourable. */
  percentFavourable: number;
  /** Distinct respondents behind the figure; callers that show it publicly must apply MIN_CELL_SIZE. */
  respondents: number;
}

/**
 * Favourability of each topic among each focal group, from the most recent wave that asked
 * about the topic: the equity engine's "survey need" criterion (low favourability = high need).
 * Pairs without any answers are absent. One statement, aggregated by PostgreSQL.
 */
export async function favourabilityByTopicAndFocalGroup(
  em: EntityManager,
  topics: string[],
  focalGroupIds: string[],
): Promise<Array<{ topic: string; focalGroupId: string; percentFavourable: number; respondents: number }>> {
  if (topics.length === 0 || focalGroupIds.length === 0) return [];
  const rows = await em.getConnection().execute<{ topic: string; focal_group_id: string; percent_favourable: number; respondents: number }[]>(
    `with topic_wave as (
       select distinct on (item.topic) item.topic, wave.id as wave_id
       from survey_item item
       join survey_wave wave on wave.survey_id = item.survey_id
       where item.topic = any(?::text[])
         and exists (select 1 from survey_response response where response.wave_id = wave.id and response.item_id = item.id)
       order by item.topic, wave.fielded_at desc, wave.id
     )
     select topic_wave.topic, focal_group.id as focal_group_id,
            (100.0 * avg(case when response.answer between item.favourable_min and item.favourable_max then 1 else 0 end))::float8 as percent_favourable,
            count(distinct response.respondent_key)::int as respondents
     from topic_wave
     join survey_item item on item.topic = topic_wave.topic
     join survey_response response on response.item_id = item.id and response.wave_id = topic_wave.wave_id
     cross join lateral unnest(response.focal_group_ids) as focal_group(id)
     where response.focal_group_ids && ?::uuid[] and focal_group.id = any(?::uuid[])
     group by topic_wave.topic, focal_group.id
     order by topic_wave.topic, focal_group.id`,
    [pgArray(topics), pgArray(focalGroupIds), pgArray(focalGroupIds)],
  );
  return rows.map((row) => ({
    topic: row.topic,
    focalGroupId: row.focal_group_id,
    percentFavourable: Number(row.percent_favourable),
    respondents: Number(row.respondents),
  }));
}
