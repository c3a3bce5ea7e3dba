import { Readable } from 'node:stream';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ContextDependencies } from '../../src/core/context';
import { createSystemContext } from '../../src/core/context';
import { BudgetCycle } from '../../src/modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../../src/modules/budgets/fiscal-year.entity';
import { CriterionKind, DerivedSource, EquityLens } from '../../src/modules/equity-lenses/equity-lens.entity';
import { importSurveyCsv } from '../../src/modules/surveys/survey-import';
import { SurveyItem } from '../../src/modules/surveys/survey-item.entity';
import { SurveyWave } from '../../src/modules/surveys/survey-wave.entity';
import { Survey } from '../../src/modules/surveys/survey.entity';

/** The size of the issue's measurement. */
export const SIZE = {
  regions: 50,
  schools: 500,
  focalGroups: 2000,
  partners: 500,
  requests: 20000,
  communicationsPerRequest: 4,
  /** Candidates of the cycle: one-time cost only and room for all, so the adopted plan has one allocation each. */
  planRequests: 1001,
  sessions: 2000,
  surveySubmissions: 6000,
};

/** Deterministic ids (md5 of a key) so two runs build the same rows in the same order. */
const id = (kind: string, index: string) => `md5('${kind}' || ${index})::uuid`;

/**
 * The whole district in SQL (generate_series), seconds rather than minutes: every request has
 * 1-3 focal groups of one region, four communications and (four in five) a partner; the first
 * `planRequests` requests are UNDER_REVIEW candidates, the rest already IMPLEMENTED or DECLINED.
 */
export const GENERATE_SQL = `
insert into region (id, created_at, updated_at, name, code)
select ${id('region', 'i')}, now(), now(), 'Region ' || lpad(i::text, 2, '0'), 'R' || lpad(i::text, 2, '0')
from generate_series(1, ${SIZE.regions}) i;

insert into school (id, created_at, updated_at, name, region_id, title_one, enrollment)
select ${id('school', 'i')}, now(), now(), 'School ' || lpad(i::text, 3, '0'), ${id('region', `(1 + (i - 1) % ${SIZE.regions})`)}, i % 3 = 0, 200 + i
from generate_series(1, ${SIZE.schools}) i;

insert into focal_group (id, created_at, updated_at, name, category, languages, region_id, population_share, proximity, liaison_name, liaison_email)
select ${id('group', 'i')}, now(), now(), 'Focal group ' || lpad(i::text, 4, '0'),
       (array['AGE', 'FAMILY_ROLE', 'WORK', 'HOUSING', 'COMMUNITY', 'LANGUAGE_RACE_ETHNICITY'])[1 + i % 6],
       array['English', (array['Spanish', 'Vietnamese', 'Somali', 'Karen'])[1 + i % 4]],
       ${id('region', `(1 + (i - 1) % ${SIZE.regions})`)}, 0.005 + (i % 40) * 0.001, 'DIRECTLY_IMPACTED',
       'Liaison ' || i, 'liaison' || i || '@district.example'
from generate_series(1, ${SIZE.focalGroups}) i;

insert into partner (id, created_at, updated_at, name, kind, priority_areas, agreement_status, contacts)
select ${id('partner', 'i')}, now(), now(), 'Partner ' || lpad(i::text, 3, '0'),
       (array['NON_PROFIT', 'BUSINESS', 'FAITH', 'GOVERNMENT', 'HIGHER_ED'])[1 + i % 5], array['FAMILY_ENGAGEMENT'], 'SIGNED', '[]'::jsonb
from generate_series(1, ${SIZE.partners}) i;

insert into request (id, created_at, updated_at, title, description, priority_area, partner_id, people_impacted,
                     one_time_cents, recurring_cents, fte, earliest_year, status)
select ${id('request', 'i')}, timestamptz '2026-01-01' + i * interval '1 minute', now(),
       'Request ' || lpad(i::text, 5, '0'), 'Generated for the dashboard bench', 'FAMILY_ENGAGEMENT',
       case when i % 5 = 0 then null else ${id('partner', `(1 + i % ${SIZE.partners})`)} end,
       10 + i % 500, 100000 + (i % 97) * 1000, 0, 0, 2027,
       case when i <= ${SIZE.planRequests} then 'UNDER_REVIEW' when i % 2 = 0 then 'IMPLEMENTED' else 'DECLINED' end
from generate_series(1, ${SIZE.requests}) i;

-- 1-3 groups per request, all of one region (group g, g + 50, g + 100 share a region).
insert into request_focal_groups (request_id, focal_group_id)
select ${id('request', 'i')}, ${id('group', `(1 + (i * 7 + k * ${SIZE.regions}) % ${SIZE.focalGroups})`)}
from generate_series(1, ${SIZE.requests}) i, generate_series(0, 2) k
where k < 1 + i % 3;

insert into communication (id, created_at, updated_at, request_id, focal_group_id, channel, direction, language, summary, communicated_at, logged_by, draft)
select ${id('communication', `(i || '-' || k)`)}, now(), now(), ${id('request', 'i')}, ${id('group', `(1 + (i * 7) % ${SIZE.focalGroups})`)},
       (array['MEETING', 'EMAIL', 'PHONE', 'LETTER'])[1 + k], 'TO_COMMUNITY', 'English',
       'Update ' || k || ' on request ' || i, timestamptz '2026-02-01' + (i % 300) * interval '1 day' + k * interval '1 hour', 'bench', false
from generate_series(1, ${SIZE.requests}) i, generate_series(0, ${SIZE.communicationsPerRequest - 1}) k;

insert into engagement_session (id, created_at, updated_at, title, kind, region_id, school_id, held_at, process_step, total_attendees)
select ${id('session', 'i')}, now(), now(), 'Session ' || i, 'SMALL_GROUP', ${id('region', `(1 + (i - 1) % ${SIZE.regions})`)},
       ${id('school', `(1 + (i - 1) % ${SIZE.schools})`)}, timestamptz '2026-03-01' + i * interval '1 hour', 'EXPLORING', 40 + i % 30
from generate_series(1, ${SIZE.sessions}) i;

-- Each session counts three groups of its region (some groups are never counted: missing from the conversation).
insert into session_attendance (session_id, focal_group_id, count)
select ${id('session', 'i')}, ${id('group', `(1 + ((i - 1) % ${SIZE.regions}) + ((i / ${SIZE.regions} + k * 7) % 30) * ${SIZE.regions})`)}, 3 + (i + k) % 9
from generate_series(1, ${SIZE.sessions}) i, generate_series(0, 2) k;

analyze;
`;

export const FIRST_REGION_ID_SQL = `select ${id('region', '1')} as id`;

/** A one-year cycle roomy enough to fund every candidate in Tier 1 (one allocation each), and a reach-only lens. */
export async function createCycleAndLens(orm: MikroORM): Promise<{ cycleId: string; lensId: string }> {
  const em = orm.em.fork();
  const cycle = em.create(BudgetCycle, { name: 'Dashboard bench cycle' });
  for (const year of [2027]) {
    em.create(FiscalYear, { cycle, year, tier1MoneyCents: 1e12, tier1Fte: 1000, tier2MoneyCents: 0, tier2Fte: 0 });
  }
  const lens = em.create(EquityLens, {
    key: 'reach',
    name: 'Reach',
    criteria: [{ key: 'reach', label: 'People reached', kind: CriterionKind.DERIVED, source: DerivedSource.REACH, weight: 1 }],
  });
  await em.flush();
  return { cycleId: cycle.id, lensId: lens.id };
}

const TOPICS = ['Barriers to Engagement', 'Sense of Belonging', 'School Climate', 'Family Efficacy', 'Communication'];
const SURVEY_GROUPS = 40;

/**
 * A family survey answered through the hub's own import (survey_response + its rollup), by
 * families of 40 focal groups: the table topic x focal group has 200 cells.
 */
export async function importSurvey(orm: MikroORM, deps: Omit<ContextDependencies, 'rootEm'>): Promise<string> {
  const em = orm.em.fork();
  const survey = em.create(Survey, { name: 'Dashboard bench survey' });
  em.create(SurveyWave, { survey, name: 'Fall 2026', fieldedAt: new Date('2026-10-01T00:00:00Z') });
  const items = Array.from({ length: 20 }, (_, index) => ({ code: `Q${String(index + 1).padStart(2, '0')}`, topic: TOPICS[index % TOPICS.length] }));
  for (const item of items) {
    em.create(SurveyItem, { survey, code: item.code, prompt: item.code, topic: item.topic, scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 });
  }
  await em.flush();
  const groupName = (index: number) => `Focal group ${String(1 + index).padStart(4, '0')}`;
  const lines = ['wave,item,school,focal_groups,language,answer,submission_id'];
  for (let submission = 0; submission < SIZE.surveySubmissions; submission += 1) {
    const groups = [groupName(submission % SURVEY_GROUPS), ...(submission % 3 === 0 ? [groupName((submission * 7 + 3) % SURVEY_GROUPS)] : [])];
    const school = `School ${String(1 + (submission % SIZE.schools)).padStart(3, '0')}`;
    items.forEach((item, index) => {
      lines.push(`Fall 2026,${item.code},${school},${[...new Set(groups)].join(';')},en,${1 + ((submission * 13 + index * 5) % 5)},sub-${submission}`);
    });
  }
  const context = createSystemContext({ ...deps, rootEm: orm.em }, 'dashboard bench');
  await importSurveyCsv(context, survey.id, Readable.from([lines.join('\n') + '\n']), 'dashboard-bench');
  return survey.id;
}
