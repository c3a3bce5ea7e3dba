import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  type ASTVisitor,
  type DocumentNode,
  type GraphQLField,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { AppConfig } from '../config';
import { MAX_PAGE_SIZE } from '../modules/shared/connection';

/**
 * Every bound an operation must respect before anything runs. Defaults start from graphql-armor's
 * (aliases 15, directives 50, tokens 1000, depth 6); README "Security and reliability" says which
 * were raised and why.
 */
export interface QueryLimits {
  maxDepth: number;
  /** Estimated returned nodes (see `listSizeEstimator`). */
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  /** Lexical tokens of the document; graphql-js stops parsing past it. */
  maxTokens: number;
  /**
   * Selections graphql-query-complexity may visit while pricing one operation. It expands a named
   * fragment at every spread, so this budget is what keeps a doubling fragment chain from costing
   * exponential time: past it the operation is refused.
   */
  maxCostWalkNodes: number;
}

/** graphql-query-complexity's own default budget of selections visited per operation. */
const COST_WALK_NODES = 10_000;

export function queryLimitsFrom(config: AppConfig): QueryLimits {
  return {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxCost: config.MAX_QUERY_COST,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxCostWalkNodes: COST_WALK_NODES,
  };
}

/** Refused because of its shape or size: the same code over HTTP and WebSocket, before any resolver runs. */
export class QueryTooComplexError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details } });
  }
}

/** A `first` argument outside 1..MAX_PAGE_SIZE, found while pricing the operation. */
export class PageSizeError extends GraphQLError {
  constructor(path: string, first: unknown) {
    super(`${path}: must be between 1 and ${MAX_PAGE_SIZE}, got ${String(first)}`, {
      extensions: { code: 'BAD_USER_INPUT', argument: path, first },
    });
  }
}

/**
 * Declared maximum length of every list field that takes no `first`. A cycle has 2..10 fiscal
 * years and 3 tiers (validated on input); the other figures are the sizes the hub is planned
 * for (a district of a few hundred focal groups and requests, 1,000 requests per scenario). A
 * list longer in reality is priced too low, and the response-size cap is the backstop.
 * `test/security/hostile-operations.test.ts` fails when a list field of the schema is missing here.
 */
export const DECLARED_LIST_SIZES: Readonly<Record<string, number>> = {
  'BudgetCycle.fiscalYears': 10,
  'CommunicationAudit.groups': 100,
  'CommunicationAuditGroup.byLanguage': 20,
  'CommunicationAuditGroup.languages': 20,
  'EngagementPhase.objectives': 20,
  'EngagementPhase.sessions': 100,
  'EngagementPhase.visits': 200,
  'EngagementPlan.agreedNeeds': 30,
  'EngagementPlan.commitments': 100,
  'EngagementPlan.intakeParticipants': 30,
  'EngagementPlan.phases': 10,
  'EngagementPlan.recommendations': 100,
  'EngagementSession.attendance': 50,
  'EquityLens.criteria': 20,
  'FocalGroup.languages': 20,
  'FocalGroup.requests': 100,
  'MoveUpNeed.movesWith': 20,
  'MoveUpNeed.perYear': 10,
  'Mutation.scoreRequest': 20,
  'Objective.keyResults': 20,
  'Partner.agreements': 20,
  'Partner.contacts': 20,
  'Partner.priorityAreas': 10,
  'Partner.regions': 20,
  'Partner.requests': 100,
  'Partner.resources': 50,
  'Partner.schools': 100,
  'Partner.trainings': 50,
  'PersonalVisit.followUps': 10,
  'PersonalVisit.topics': 10,
  'PlanChange.partnerIds': 100,
  'Query.apiTokens': 100,
  'Query.auditTrail': 100,
  'Query.budgetCycles': 20,
  'Query.careerParticipation': 2000,
  'Query.communicationDrafts': 500,
  'Query.communicationTemplates': 50,
  'Query.communityExperiences': 200,
  'Query.engagementPlans': 100,
  'Query.engagementSessions': 500,
  'Query.focalGroupsNotYetTold': 500,
  'Query.equityLenses': 20,
  'Query.keyResults': 100,
  'Query.languages': 100,
  'Query.objectives': 20,
  'Query.personalVisits': 500,
  'Query.plan': 1000,
  'Query.regions': 20,
  'Query.requestsAwaitingAcknowledgement': 500,
  'Query.scenarios': 50,
  'Query.schools': 200,
  'Query.surveyTrends': 500,
  'Query.surveys': 20,
  'Query.unansweredRequests': 500,
  'Query.users': 500,
  'Region.focalGroups': 100,
  'Region.schools': 100,
  'RepresentationReport.groups': 100,
  'RepresentationReport.missingGroups': 100,
  'Request.acknowledgements': 20,
  'RequestAwaitingAcknowledgement.awaitingFrom': 20,
  'Request.allowedTransitions': 10,
  'Request.awaitingAcknowledgementFrom': 20,
  'Request.communications': 100,
  'Request.dependsOn': 20,
  'Request.focalGroups': 20,
  'RequestUpdate.changedFields': 30,
  'RequestUpdate.focalGroupIds': 20,
  'Resource.audiences': 10,
  'Resource.languages': 20,
  'Resource.regions': 20,
  'Resource.schools': 100,
  'Scenario.capAdjustments': 20,
  'Scenario.extraFunds': 20,
  'Scenario.items': 1000,
  'Scenario.pins': 100,
  'Scenario.tiers': 3,
  'Scenario.weightOverrides': 20,
  'ScenarioComparison.changedItems': 1000,
  'ScenarioComparison.groupsGainedCoverage': 100,
  'ScenarioComparison.groupsLostCoverage': 100,
  'ScenarioComparison.moneyByYearAndTier': 30,
  'ScenarioItem.allocations': 10,
  'ScenarioItem.scoreBreakdown': 20,
  'SchoolReport.attendance': 100,
  'SchoolReport.commitmentsByParty': 2,
  'SchoolReport.missingGroups': 100,
  'SchoolReport.phases': 20,
  'SchoolReport.recommendations': 100,
  'SchoolReport.surveys': 20,
  'SchoolReportPhase.objectives': 30,
  'SchoolSurveyResults.cells': 200,
  'SchoolVisitSummary.byFocalGroup': 100,
  'SchoolVisitSummary.byLanguage': 50,
  'SchoolVisitSummary.topics': 100,
  'Survey.items': 100,
  'Survey.waves': 20,
  'SurveyResults.cells': 1000,
  'SurveyResults.groupBy': 7,
};

function isListField(field: GraphQLField<unknown, unknown>): boolean {
  return isListType(getNullableType(field.type));
}

/** `Type.field` of every list field of the schema outside introspection. */
export function listFieldsOf(schema: GraphQLSchema): string[] {
  const names: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (isListField(field)) names.push(`${type.name}.${field.name}`);
    }
  }
  return names;
}

/**
 * Introspection lists are priced by their average length in this schema: the total of
 * `types { fields }` is then exact, and every further level of nesting (`fields { type { fields } }`,
 * the classic introspection bomb) multiplies the price as it multiplies the output.
 */
function introspectionListSizes(schema: GraphQLSchema): Record<string, number> {
  const types = Object.values(schema.getTypeMap());
  const average = (counts: number[]) => Math.max(1, Math.ceil(counts.reduce((sum, count) => sum + count, 0) / Math.max(1, counts.length)));
  const fieldsOf = types.flatMap((type) => ('getFields' in type ? [Object.values(type.getFields())] : []));
  const outputFields = fieldsOf.flat().filter((field) => 'args' in field) as GraphQLField<unknown, unknown>[];
  return {
    '__Schema.types': types.length,
    '__Schema.directives': schema.getDirectives().length,
    '__Type.fields': average(fieldsOf.map((fields) => fields.length)),
    '__Type.inputFields': average(fieldsOf.map((fields) => fields.length)),
    '__Type.enumValues': average(types.map((type) => ('getValues' in type ? type.getValues().length : 0))),
    '__Type.interfaces': 1,
    '__Type.possibleTypes': 1,
    '__Field.args': average(outputFields.map((field) => field.args.length)),
    '__Directive.args': average(schema.getDirectives().map((directive) => directive.args.length)),
    '__Directive.locations': 20,
  };
}

/**
 * The schema-aware estimator: a field costs 1 plus its children, times the number of items it
 * can return. That number is its `first` (checked to be within 1..MAX_PAGE_SIZE, literal or
 * variable), or the declared maximum of a list without `first`. A connection's `edges` are
 * priced by the connection's `first`, so they count once. An undeclared list counts as a full page.
 */
export function listSizeEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const sizes: Record<string, number> = { ...DECLARED_LIST_SIZES, ...introspectionListSizes(schema) };
  return ({ type, field, args, childComplexity }) => {
    const name = `${type.name}.${field.name}`;
    let items = 1;
    if (field.args.some((argument) => argument.name === 'first')) {
      const first: unknown = args.first;
      if (typeof first !== 'number' || !Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw new PageSizeError(`${name}(first:)`, first);
      items = first;
    } else if (isListField(field) && !(type.name.endsWith('Connection') && field.name === 'edges')) {
      items = sizes[name] ?? MAX_PAGE_SIZE;
    }
    return 1 + items * childComplexity;
  };
}

/** Turns an armor rejection into QUERY_TOO_COMPLEX naming the limit, reported without aborting validation. */
function reporter(context: ValidationContext, limit: string, max: number) {
  return (_context: ValidationContext | null, error: GraphQLError) => context.reportError(new QueryTooComplexError(error.message.replace(/^Syntax Error: /, ''), { limit, max }));
}

/**
 * graphql-armor's depth, alias and directive rules (each walks a fragment once), reporting
 * QUERY_TOO_COMPLEX instead of throwing. They depend on the document only, so Apollo may cache
 * their verdict with the parsed document.
 */
export function documentLimitRules(limits: QueryLimits): ValidationRule[] {
  return [
    (context) => maxDepthRule({ n: limits.maxDepth, propagateOnRejection: false, onReject: [reporter(context, 'depth', limits.maxDepth)] })(context),
    (context) => maxAliasesRule({ n: limits.maxAliases, propagateOnRejection: false, onReject: [reporter(context, 'aliases', limits.maxAliases)] })(context),
    (context) => maxDirectivesRule({ n: limits.maxDirectives, propagateOnRejection: false, onReject: [reporter(context, 'directives', limits.maxDirectives)] })(context),
    singleSchemaIntrospectionRule,
  ];
}

/**
 * At most one `__schema` per document. Introspection lists are priced by their average length,
 * which is exact for the standard introspection query but can be off by a few times for a nested
 * one (`fields { type { fields } }`, as deep as graphql-js's own introspection rule allows);
 * one such query is affordable, ten aliased copies are not. Counting field nodes of the document
 * is enough: copies that reach the result under one response name are merged and run once.
 */
export function singleSchemaIntrospectionRule(context: ValidationContext): ASTVisitor {
  let seen = 0;
  return {
    Field(node) {
      if (node.name.value !== '__schema') return;
      seen += 1;
      if (seen === 2) context.reportError(new QueryTooComplexError('At most one __schema introspection per operation', { limit: 'introspection', max: 1 }));
    },
  };
}

/** graphql-js's own token limit: parsing stops at the first token past it. */
export function parseOptionsFor(limits: QueryLimits): ParseOptions {
  return { maxTokens: limits.maxTokens };
}

/** graphql-js's message when a document has more tokens than `maxTokens` (16.x spells it "more that"). */
export const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th\w+ \d+ tokens\. Parsing aborted\.$/;

export interface OperationRequest {
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

export type OperationLimitCheck = (request: OperationRequest) => void;

/**
 * Prices the operation with its variables (a `first: $n` is known only now) and throws
 * QueryTooComplexError or PageSizeError. Runs per request, after validation, before execution.
 * Variables that do not coerce are left to execution, which refuses them before any resolver.
 */
export function operationLimitCheck(schema: GraphQLSchema, limits: QueryLimits): OperationLimitCheck {
  const estimators = [listSizeEstimator(schema)];
  // Operations already priced within the limits, by document (Apollo parses a repeated query once) and variables.
  const accepted = new WeakMap<DocumentNode, Set<string>>();
  return ({ document, operationName, variables }) => {
    const key = JSON.stringify([operationName ?? null, variables ?? {}]);
    const acceptedForDocument = accepted.get(document);
    if (acceptedForDocument?.has(key)) return;
    let cost: number;
    try {
      cost = getComplexity({ schema, query: document, estimators, operationName: operationName ?? undefined, variables: variables ?? {}, maxQueryNodes: limits.maxCostWalkNodes });
    } catch (error) {
      if (error instanceof PageSizeError) throw error;
      if (error instanceof GraphQLError && error.message.startsWith('Query exceeds the maximum allowed number of nodes')) {
        throw new QueryTooComplexError(`Operation too large to price: over ${limits.maxCostWalkNodes} selections once fragments are expanded`, {
          limit: 'costWalkNodes',
          max: limits.maxCostWalkNodes,
        });
      }
      return;
    }
    if (cost > limits.maxCost) {
      throw new QueryTooComplexError(`Query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages or fewer nested lists`, {
        limit: 'cost',
        cost,
        max: limits.maxCost,
      });
    }
    // What a client sends must not decide what the hub holds: a few small variable sets per document.
    if (key.length > MAX_ACCEPTED_KEY_LENGTH) return;
    if (!acceptedForDocument) accepted.set(document, new Set([key]));
    else if (acceptedForDocument.size < ACCEPTED_PER_DOCUMENT) acceptedForDocument.add(key);
  };
}

const ACCEPTED_PER_DOCUMENT = 16;
const MAX_ACCEPTED_KEY_LENGTH = 2_048;
