import type http from 'node:http';
import { BadUserInputError, DomainError, ExportLinkInvalidError, ForbiddenError, NotFoundError } from '../../core/errors';
import { isStaff, Role } from '../../core/viewer';
import { SurveyDimension } from '../../modules/surveys/survey-results.types';
import { SurveysService } from '../../modules/surveys/surveys.service';
import { requireViewer } from '../../core/authorization';
import { mayReadRequest, visibleSponsorId } from '../../core/redaction-policy';
import type { ContextDependencies, HubContext } from '../../core/context';
import { createContext, credentialsOf } from '../context';
import { serviceBusyErrorOf } from '../format-error';
import { surveyLoaders } from '../../modules/surveys/surveys.loaders';
import { geographyLoaders } from '../../modules/geography/geography.loaders';
import { focalGroupLoaders } from '../../modules/focal-groups/focal-groups.loaders';
import { User } from '../../modules/auth/user.entity';
import { CommunicationAuditService } from '../../modules/communications/communication-audit.service';
import { EXPORT_PATHS, ExportKind, LINK_PARAMETER, verifyExportLink } from '../../modules/exports/export-links';
import { languageName } from '../../core/languages';
import { SchoolEngagementService } from '../../modules/school-engagement/school-engagement.service';
import { SchoolReportPeriod } from '../../modules/school-engagement/school-recommendation.entity';
import { PabulibExportService, type PabulibFile } from '../../modules/exports/pabulib-export.service';

type RouteHandler = (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>;

const HTTP_STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, EXPORT_LINK_INVALID: 403, EXPORT_LINK_EXPIRED: 410, SERVICE_BUSY: 503 };

/**
 * CSV and pabulib downloads next to /graphql, authorised by the same bearer token or session, or by
 * a signed link from the exportLink query (`link=`), and suppressed and redacted like the GraphQL
 * results.
 */
export function exportRoutes(deps: ContextDependencies): [string, RouteHandler][] {
  return [
    [EXPORT_PATHS[ExportKind.SURVEY_RESULTS], csvRoute(deps, ExportKind.SURVEY_RESULTS, 'survey-results.csv', surveyResultsCsv)],
    [EXPORT_PATHS[ExportKind.PLAN], csvRoute(deps, ExportKind.PLAN, 'plan.csv', planCsv)],
    [EXPORT_PATHS[ExportKind.COMMUNICATION_AUDIT], csvRoute(deps, ExportKind.COMMUNICATION_AUDIT, 'communication-audit.csv', communicationAuditCsv)],
    [EXPORT_PATHS[ExportKind.CYCLE_PABULIB], downloadRoute(deps, ExportKind.CYCLE_PABULIB, cyclePabulib)],
    [EXPORT_PATHS[ExportKind.PLAN_PABULIB], downloadRoute(deps, ExportKind.PLAN_PABULIB, planPabulib)],
    ['/exports/school-report.pdf', schoolReportPdfRoute(deps)],
  ];
}

/** The context of a download: a signed link acts as whoever asked for it (if they still may sign in); otherwise the request's own credentials. */
async function downloadContext(deps: ContextDependencies, kind: ExportKind, request: http.IncomingMessage, query: URLSearchParams): Promise<HubContext> {
  if (!query.has(LINK_PARAMETER)) {
    const context = await createContext(deps, credentialsOf(request.headers));
    requireViewer(context);
    return context;
  }
  const viewer = verifyExportLink(deps.config, kind, query);
  const context = await createContext(deps, { authorization: null, sessionSecret: null, csrfToken: null });
  if (viewer.userId) {
    const user = await context.em.findOne(User, viewer.userId, { fields: ['active'] });
    if (!user?.active) throw new ExportLinkInvalidError('The user who asked for this download link can no longer sign in');
  }
  context.viewer = viewer;
  context.authFailure = null;
  return context;
}

/** A refused download: its status, the code in a header and the body; a busy hub is a 503 with Retry-After. Anything else is unexpected. */
function refuse(response: http.ServerResponse, error: unknown): void {
  const refusal = error instanceof DomainError ? error : serviceBusyErrorOf(error);
  if (!refusal) throw error;
  const retryAfter = refusal.code === 'SERVICE_BUSY' ? { 'retry-after': String(refusal.details.retryAfterSeconds) } : {};
  response
    .writeHead(HTTP_STATUS[refusal.code] ?? 400, { 'content-type': 'text/plain; charset=utf-8', 'x-error-code': refusal.code, ...retryAfter })
    .end(`${refusal.code}: ${refusal.message}`);
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
      refuse(response, error);
    }
  };
}

/** What a download route answers: the body, its media type and the name a browser saves it under. */
interface Download {
  contentType: string;
  filename: string;
  body: string;
}

function csvRoute(deps: ContextDependencies, kind: ExportKind, filename: string, render: (context: HubContext, query: URLSearchParams) => Promise<string[][]>): RouteHandler {
  return downloadRoute(deps, kind, async (context, query) => ({
    contentType: 'text/csv; charset=utf-8',
    filename,
    body: UTF8_BOM + (await render(context, query)).map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n',
  }));
}

function downloadRoute(deps: ContextDependencies, kind: ExportKind, render: (context: HubContext, query: URLSearchParams) => Promise<Download>): RouteHandler {
  return async (request, response) => {
    if (request.method !== 'GET') {
      response.writeHead(405, { allow: 'GET', 'content-type': 'text/plain' }).end('Use GET');
      return;
    }
    try {
      const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
      const context = await downloadContext(deps, kind, request, query);
      const download = await render(context, query);
      response.writeHead(200, { 'content-type': download.contentType, 'content-disposition': `attachment; filename="${download.filename}"` }).end(download.body);
    } catch (error) {
      refuse(response, error);
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

/**
 * ?from=&to= (ISO dates): the communicationAudit query as a table, staff only. One row per focal
 * group with language "*" (all languages), then one row per language of the group's breakdown.
 */
async function communicationAuditCsv(context: HubContext, query: URLSearchParams): Promise<string[][]> {
  if (!isStaff(requireViewer(context))) throw new ForbiddenError('The communication audit is for district staff');
  const date = (name: string) => {
    const value = query.get(name);
    const parsed = value ? new Date(value) : null;
    if (!parsed || Number.isNaN(parsed.getTime())) throw new BadUserInputError(`${name} (an ISO date) is required`);
    return parsed;
  };
  const audit = await new CommunicationAuditService(context).audit(date('from'), date('to'));
  const names = await Promise.all(audit.groups.map(async (group) => (await focalGroupLoaders(context).focalGroupById.load(group.focalGroupId))?.name ?? ''));
  const days = (value: number | null) => oneDecimal(value);
  const rows: string[][] = [
    [
      'focal_group',
      'group_languages',
      'language',
      'language_name',
      'group_language',
      'communications',
      'percent_of_group_communications',
      'percent_in_group_languages',
      'requests',
      'answered',
      'unanswered',
      'mean_days_to_first_reply',
      'median_days_to_first_reply',
      'letters_awaiting_translation',
    ],
  ];
  audit.groups.forEach((group, index) => {
    rows.push([
      names[index],
      group.languages.join(' '),
      '*',
      '',
      '',
      String(group.communications),
      '',
      oneDecimal(group.percentInGroupLanguages),
      String(group.requests),
      String(group.answered),
      String(group.unanswered),
      days(group.meanDaysToFirstReply),
      days(group.medianDaysToFirstReply),
      String(group.lettersAwaitingTranslation),
    ]);
    for (const language of group.byLanguage) {
      rows.push([
        names[index],
        group.languages.join(' '),
        language.language,
        languageName(language.language),
        String(language.groupLanguage),
        String(language.communications),
        oneDecimal(language.percentOfCommunications),
        '',
        '',
        '',
        '',
        '',
        '',
        String(language.lettersAwaitingTranslation),
      ]);
    }
  });
  return rows;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A uuid query parameter, or null when absent; anything else is BAD_USER_INPUT rather than a database error. */
function uuidParameter(query: URLSearchParams, name: string): string | null {
  const value = query.get(name);
  if (value !== null && !UUID.test(value)) throw new BadUserInputError(`${name} must be a uuid`, { field: name });
  return value;
}

/** A pabulib file is plain UTF-8 text, `;`-separated, without a byte order mark (its readers do not expect one). */
const pabulibDownload = ({ filename, text }: PabulibFile): Download => ({ contentType: 'text/plain; charset=utf-8', filename, body: text });

/** ?cycleId=: the candidate requests as projects, without an outcome (a PARTNER: its own requests). */
async function cyclePabulib(context: HubContext, query: URLSearchParams): Promise<Download> {
  const cycleId = uuidParameter(query, 'cycleId');
  if (cycleId === null) throw new BadUserInputError('cycleId (a uuid) is required');
  return pabulibDownload(await new PabulibExportService(context).cycleFile(cycleId));
}

/** ?cycleId= (its adopted plan) or ?scenarioId= (staff: any completed scenario): Tier 1 selected, the plan in extra columns. */
async function planPabulib(context: HubContext, query: URLSearchParams): Promise<Download> {
  return pabulibDownload(await new PabulibExportService(context).planFile({ cycleId: uuidParameter(query, 'cycleId'), scenarioId: uuidParameter(query, 'scenarioId') }));
}
