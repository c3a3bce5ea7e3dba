import 'reflect-metadata';
import http from 'node:http';
import { Pool } from 'pg';
import { deepestUsableLevel, disclosureLevelSql } from '../../src/modules/surveys/suppression';
import { SurveyDimension } from '../../src/modules/surveys/survey-results.types';

/**
 * The hand-written floor: node:http + pg, one SQL statement per query that builds the answer's JSON
 * in PostgreSQL, sent as it comes. No GraphQL, no authentication, no ORM. Survey results apply the
 * hub's suppression rule (publication classes) inside their one statement and shape the cells in JS.
 *   env: DATABASE_URL, PORT, REGION_ID, CYCLE_ID, SURVEY_ID, MIN_CELL_SIZE (default 10)
 */
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const minCellSize = Number(process.env.MIN_CELL_SIZE ?? 10);

const emptyArray = `'[]'::json`;

const SQL: Record<string, { text: string; values: () => unknown[] }> = {
  '/requests-page': {
    text: `select json_build_object('requests', json_build_object('edges', coalesce(json_agg(json_build_object('node', json_build_object(
             'id', r.id, 'title', r.title, 'status', r.status,
             'focalGroups', (select coalesce(json_agg(json_build_object('name', g.name) order by g.id), ${emptyArray})
                             from request_focal_groups l join focal_group g on g.id = l.focal_group_id where l.request_id = r.id),
             'partner', (select json_build_object('name', p.name) from partner p where p.id = r.partner_id),
             'communications', (select coalesce(json_agg(json_build_object('summary', c.summary, 'communicatedAt', c.communicated_at) order by c.communicated_at, c.id), ${emptyArray})
                                from communication c where c.request_id = r.id)
           )) order by r.created_at desc, r.id desc), ${emptyArray})))::text as data
           from (select id, title, status, partner_id, created_at from request order by created_at desc, id desc limit 50) r`,
    values: () => [],
  },
  '/region-groups': {
    text: `select json_build_object('region', (
             select json_build_object('id', region.id, 'name', region.name, 'focalGroups', (
               select coalesce(json_agg(json_build_object('id', g.id, 'name', g.name, 'requests', (
                 select coalesce(json_agg(json_build_object('id', r.id, 'title', r.title, 'status', r.status) order by r.created_at desc, r.id desc), ${emptyArray})
                 from request_focal_groups l join request r on r.id = l.request_id where l.focal_group_id = g.id
               )) order by g.name, g.id), ${emptyArray})
               from focal_group g where g.region_id = region.id))
             from region where region.id = $1))::text as data`,
    values: () => [process.env.REGION_ID],
  },
  '/plan': {
    text: `select json_build_object('plan', coalesce(json_agg(json_build_object(
             'fiscalYear', a.fiscal_year, 'tier', a.tier, 'moneyCents', a.money_cents, 'fte', a.fte,
             'request', json_build_object('id', r.id, 'title', r.title, 'partner', case when p.id is null then null else json_build_object('name', p.name) end)
           ) order by a.fiscal_year, a.tier, a.request_id), ${emptyArray}))::text as data
           from allocation a join request r on r.id = a.request_id left join partner p on p.id = r.partner_id
           where a.cycle_id = $1`,
    values: () => [process.env.CYCLE_ID],
  },
  // The district report: each regional group against its region's sessions, a district-wide group against all.
  '/representation': {
    text: `with totals as (select count(*) as sessions, coalesce(sum(total_attendees), 0) as attendees from engagement_session),
           by_region as (select region_id, sum(total_attendees) as attendees from engagement_session group by region_id),
           attended_in_region as (
             select a.focal_group_id, s.region_id, sum(a.count) as attended
             from session_attendance a join engagement_session s on s.id = a.session_id group by a.focal_group_id, s.region_id),
           attended_anywhere as (select focal_group_id, sum(count) as attended from session_attendance group by focal_group_id),
           measured as (
             select g.id, g.name, g.population_share,
                    case when g.region_id is null then coalesce(anywhere.attended, 0) else coalesce(in_region.attended, 0) end as attendance,
                    case when g.region_id is null then totals.attendees else coalesce(by_region.attendees, 0) end as attendees
             from focal_group g cross join totals
             left join attended_in_region in_region on in_region.focal_group_id = g.id and in_region.region_id = g.region_id
             left join attended_anywhere anywhere on anywhere.focal_group_id = g.id
             left join by_region on by_region.region_id = g.region_id),
           shared as (select *, case when attendees > 0 then attendance::float8 / attendees else 0::float8 end as participation_share from measured),
           rated as (select *, population_share - participation_share as gap,
                            case when population_share > 0 then participation_share / population_share end as participation_rate from shared)
           select json_build_object('representation', json_build_object(
             'sessionCount', (select sessions from totals),
             'totalAttendees', (select attendees from totals),
             'representativeness', (select case when count(participation_rate) = 0 then 1 when max(participation_rate) = 0 then 0
                                                else min(participation_rate) / max(participation_rate) end from rated),
             'groups', (select coalesce(json_agg(json_build_object('focalGroupId', id, 'populationShare', population_share, 'attendance', attendance,
                                 'participationShare', participation_share, 'gap', gap, 'participationRate', participation_rate) order by name, id), ${emptyArray}) from rated),
             'missingGroups', (select coalesce(json_agg(json_build_object('id', id, 'name', name) order by name, id), ${emptyArray}) from rated where participation_rate < 0.5)
           ))::text as data`,
    values: () => [],
  },
};

interface SurveyRow {
  topic: string;
  focal_group_id: string;
  respondents: number;
  answers: number;
  favourable: number;
  answer_sum: number;
}

/** Respondents' classes that know topic and focal group may be counted (the hub's suppression rule). */
const USABLE_LEVEL = deepestUsableLevel([SurveyDimension.TOPIC, SurveyDimension.FOCAL_GROUP]);

async function surveyResults(): Promise<string> {
  const { rows } = await pool.query<SurveyRow>(
    `with ${disclosureLevelSql('rollup.survey_id = $1', minCellSize)}
     select rollup.topic, focal_group.id as focal_group_id,
            coalesce(sum(rollup.respondents) filter (where usable), 0)::int as respondents,
            coalesce(sum(rollup.answers) filter (where usable), 0)::int as answers,
            coalesce(sum(rollup.favourable) filter (where usable), 0)::int as favourable,
            coalesce(sum(rollup.answer_sum) filter (where usable), 0)::float8 as answer_sum
     from survey_response_rollup rollup
     cross join lateral unnest(rollup.focal_group_ids) as focal_group(id)
     left join disclosure_level disclosure on disclosure.survey_import_id = rollup.survey_import_id and disclosure.profile_key = rollup.profile_key
     cross join lateral (select coalesce(disclosure.level <= ${USABLE_LEVEL}, false) as usable) as class
     where rollup.survey_id = $1
     group by 1, 2 order by 1, 2`,
    [process.env.SURVEY_ID],
  );
  const cells = rows.map((row) => {
    const group = { topic: row.topic, focalGroupId: row.focal_group_id };
    if (row.answers === 0 || row.respondents < minCellSize) {
      return { group, suppressed: true, suppression: 'SMALL_CELL', respondents: null, answers: null, percentFavourable: null, mean: null };
    }
    return { group, suppressed: false, suppression: null, respondents: row.respondents, answers: row.answers, percentFavourable: (100 * row.favourable) / row.answers, mean: row.answer_sum / row.answers };
  });
  return JSON.stringify({ surveyResults: { cells } });
}

const server = http.createServer((request, response) => {
  const path = (request.url ?? '/').split('?')[0];
  request.resume();
  request.on('end', () => {
    const answer =
      path === '/survey-results'
        ? surveyResults()
        : SQL[path]
          ? pool.query<{ data: string }>(SQL[path].text, SQL[path].values()).then((result) => result.rows[0].data)
          : null;
    if (!answer) {
      response.writeHead(404).end();
      return;
    }
    answer.then(
      (data) => response.writeHead(200, { 'content-type': 'application/json' }).end(`{"data":${data}}`),
      (error: Error) => response.writeHead(500, { 'content-type': 'text/plain' }).end(error.message),
    );
  });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.send?.({ port: (server.address() as { port: number }).port });
});
process.on('SIGTERM', () => server.close(() => void pool.end().then(() => process.exit(0))));
