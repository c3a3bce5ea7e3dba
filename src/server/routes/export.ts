import type http from 'node:http';
import { BadUserInputError, DomainError, NotFoundError } from '../../core/errors';
import { Role } from '../../core/viewer';
import { SurveyDimension } from '../../modules/surveys/survey-results.types';
import { SurveysService } from '../../modules/surveys/surveys.service';
import { requireViewer } from '../../core/authorization';
import { mayReadRequest, visibleSponsorId } from '../../core/redaction-policy';
import type { ContextDependencies, HubContext } from '../../core/context';
import { createContext, credentialsOf } from '../context';
import { surveyLoaders } from '../../modules/surveys/surveys.loaders';
import { geographyLoaders } from '../../modules/geography/geography.loaders';
import { focalGroupLoaders } from '../../modules/focal-groups/focal-groups.loaders';
import { SchoolEngagementService } from '../../modules/school-engagement/school-engagement.service';
import { SchoolReportPeriod } from '../../modules/school-engagement/school-recommendation.entity';

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404 };

/** CSV downloads next to /graphql, authorised by the same bearer token and suppressed like the GraphQL results. */
export function exportRoutes(deps: ContextDependencies): [string, RouteHandler][] {
  return [
    ['/exports/survey-results.csv', csvRoute(deps, 'survey-results.csv', surveyResultsCsv)],
    ['/exports/plan.csv', csvRoute(deps, 'plan.csv', planCsv)],
    ['/exports/school-report.pdf', schoolReportPdfRoute(deps)],
  ];
}

/** ?planId=&period=MID_YEAR|END_OF_YEAR: the schoolReport query as a PDF, under the same rules (visit summary for staff only). */
function schoolReportPdfRoute(deps: ContextDependencies): RouteHandler {
  return async (request, response) => {
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('Use GET');
      return;
    }
    try {
      const context = await createContext(deps, credentialsOf(request.headers));
      requireViewer(context);
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      const planId = query.get('planId');
      const period = query.get('period');
      if (!planId || !/^[0-9a-f-]{36}$/i.test(planId)) throw new BadUserInputError('planId (a uuid) is required');
      if (period !== SchoolReportPeriod.MID_YEAR && period !== SchoolReportPeriod.END_OF_YEAR) throw new BadUserInputError('period must be MID_YEAR or END_OF_YEAR');
      const pdf = await new SchoolEngagementService(context).schoolReportPdf(planId, period);
      response
        .writeHead(200, { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="school-report-${period.toLowerCase().replace(/_/g, '-')}.pdf"`, 'content-length': pdf.length })
        .end(pdf);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.writeHead(HTTP_STATUS[error.code] ?? 400, { 'content-type': 'text/plain' }).end(`${error.code}: ${error.message}`);
    }
  };
}

function csvRoute(deps: ContextDependencies, filename: string, render: (context: HubContext, query: URLSearchParams) => Promise<string[][]>): RouteHandler {
  return async (request, response) => {
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('Use GET');
      return;
    }
    try {
      const context = await createContext(deps, credentialsOf(request.headers));
      requireViewer(context);
      const rows = await render(context, new URL(request.url ?? '/', 'http://localhost').searchParams);
      response
        .writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${filename}"` })
        .end(UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n');
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      response.writeHead(HTTP_STATUS[error.code] ?? 400, { 'content-type': 'text/plain' }).end(`${error.code}: ${error.message}`);
    }
  };
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) || /^[=+\-@]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

const text = (value: number | string | null | undefined) => (value === null || value === undefined ? '' : String(value));

/** Spreadsheet programs read a CSV as UTF-8 (accents, Vietnamese, Arabic) only when it starts with a BOM. */
const UTF8_BOM = '\uFEFF';

/** Money as dollars with two decimals, from integer cents (as text, so no float rounding). */
function dollars(cents: string): string {
  const negative = cents.startsWith('-');
  const digits = (negative ? cents.slice(1) : cents).padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const oneDecimal = (value: number | null | undefined) => (value === null || value === undefined ? '' : value.toFixed(1));

/** ?surveyId=&groupBy=SCHOOL,WAVE[&minCellSize=]: the same suppressed table as the surveyResults query. */
async function surveyResultsCsv(context: HubContext, query: URLSearchParams): Promise<string[][]> {
  const surveyId = query.get('surveyId');
  if (!surveyId) throw new BadUserInputError('surveyId is required');
  const groupBy = (query.get('groupBy') ?? '').split(',').filter((name) => name !== '');
  const unknown = groupBy.filter((name) => !(Object.values(SurveyDimension) as string[]).includes(name));
  if (unknown.length > 0) throw new BadUserInputError(`Unknown groupBy ${unknown.join(', ')}; use ${Object.values(SurveyDimension).join(', ')}`);
  const minCellSize = query.get('minCellSize') === null ? null : Number(query.get('minCellSize'));
  if (minCellSize !== null && !Number.isInteger(minCellSize)) throw new BadUserInputError('minCellSize must be an integer');
  const results = await new SurveysService(context).surveyResults(surveyId, groupBy as SurveyDimension[], null, minCellSize);
  const names = async <T>(ids: (string | null)[], load: (id: string) => Promise<T | null>, nameOf: (entity: T) => string) =>
    Promise.all(ids.map(async (id) => (id ? nameOf((await load(id))!) : '')));
  const groups = results.cells.map((cell) => cell.group);
  const [waves, items, regions, schools, focalGroups] = await Promise.all([
    names(groups.map((group) => group.waveId), (id) => surveyLoaders(context).surveyWaveById.load(id), (wave) => wave.name),
    names(groups.map((group) => group.itemId), (id) => surveyLoaders(context).surveyItemById.load(id), (item) => item.code),
    names(groups.map((group) => group.regionId), (id) => geographyLoaders(context).regionById.load(id), (region) => region.code),
    names(groups.map((group) => group.schoolId), (id) => geographyLoaders(context).schoolById.load(id), (school) => school.name),
    names(groups.map((group) => group.focalGroupId), (id) => focalGroupLoaders(context).focalGroupById.load(id), (group) => group.name),
  ]);
  return [
    ['wave', 'topic', 'item', 'region', 'school', 'focal_group', 'language', 'suppressed', 'suppression', 'respondents', 'answers', 'percent_favourable', 'mean', 'min_cell_size'],
    ...results.cells.map((cell, index) => [
      waves[index],
      text(cell.group.topic),
      items[index],
      regions[index],
      schools[index],
      focalGroups[index],
      text(cell.group.language),
      String(cell.suppressed),
      text(cell.suppression),
      text(cell.respondents),
      text(cell.answers),
      oneDecimal(cell.percentFavourable),
      text(cell.mean),
      String(results.minCellSize),
    ]),
  ];
}

/**
 * ?cycleId=: the adopted plan's allocations, under the same redaction policy as GraphQL and the
 * subscriptions: a PARTNER token gets only the rows of its own requests, and the sponsoring partner
 * column is empty for anyone who may not know it.
 */
async function planCsv(context: HubContext, query: URLSearchParams): Promise<string[][]> {
  const cycleId = query.get('cycleId');
  if (!cycleId || !/^[0-9a-f-]{36}$/i.test(cycleId)) throw new BadUserInputError('cycleId (a uuid) is required');
  const connection = context.em.getConnection();
  const [cycle] = await connection.execute<{ id: string }[]>('select id from budget_cycle where id = ?', [cycleId]);
  if (!cycle) throw new NotFoundError('BudgetCycle', cycleId);
  const viewer = requireViewer(context);
  const rows = await connection.execute<{ fiscal_year: number; tier: number; request_id: string; title: string; partner_id: string | null; money_cents: string; fte: string }[]>(
    `select allocation.fiscal_year, allocation.tier, request.id as request_id, request.title, request.partner_id,
            allocation.money_cents::text as money_cents, allocation.fte::text as fte
     from allocation join request on request.id = allocation.request_id
     where allocation.cycle_id = ?${viewer.role === Role.PARTNER ? ' and request.partner_id = ?' : ''}
     order by allocation.fiscal_year, allocation.tier, request.title, request.id`,
    viewer.role === Role.PARTNER ? [cycleId, viewer.partnerId] : [cycleId],
  );
  return [
    ['fiscal_year', 'tier', 'request_id', 'request_title', 'money_dollars', 'fte', 'partner_id'],
    ...rows
      .filter((row) => mayReadRequest(viewer, row.partner_id))
      .map((row) => [String(row.fiscal_year), String(row.tier), row.request_id, row.title, dollars(row.money_cents), row.fte, visibleSponsorId(viewer, row.partner_id) ?? '']),
  ];
}
