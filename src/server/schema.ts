import { lexicographicSortSchema, printSchema } from 'graphql';
import { createPubSub } from '@graphql-yoga/subscription';
import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { DateTimeISO } from '../modules/shared/date-time';
import { parentOf } from '../modules/shared/parent';
import { buildSchema, getMetadataStorage, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../core/authorization';
import type { HubPubSub } from '../core/pubsub';
import { GeographyResolver, RegionResolver, SchoolResolver } from '../modules/geography/geography.resolver';
import { FocalGroupResolver, FocalGroupsResolver, RegionFocalGroupsResolver } from '../modules/focal-groups/focal-groups.resolver';
import { PartnerResolver, PartnersResolver } from '../modules/partners/partners.resolver';
import { EngagementResolver, EngagementSessionResolver, RepresentationReportResolver, SessionAttendanceResolver } from '../modules/engagement/engagement.resolver';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { CommunicationResolver, FocalGroupRequestsResolver, PartnerRequestsResolver, RequestResolver, RequestsResolver, ResolutionAcknowledgementResolver } from '../modules/requests/requests.resolver';
import { BudgetCycleResolver, BudgetsResolver } from '../modules/budgets/budgets.resolver';
import { LiveUpdatesResolver } from '../modules/live-updates/live-updates.resolver';
import { EquityLensResolver, ReviewScoreResolver } from '../modules/equity-lenses/equity-lenses.resolver';
import { AllocationResolver, ScenarioItemResolver, ScenarioQueryResolver, ScenarioResolver } from '../modules/scenarios/scenarios.resolver';
import { SurveyGroupResolver, SurveyResolver, SurveysResolver } from '../modules/surveys/surveys.resolver';
import {
  CommunicationAuditGroupResolver,
  CommunicationAuditLanguageResolver,
  CommunicationDraftResolver,
  CommunicationsResolver,
  CommunicationTemplateResolver,
  FocalGroupNotYetToldResolver,
  FollowThroughResolver,
  RequestAwaitingAcknowledgementResolver,
  UnansweredRequestResolver,
} from '../modules/communications/communications.resolver';
import { LanguageResolver } from '../modules/communications/languages.resolver';
import { ExportsResolver } from '../modules/exports/exports.resolver';
import { KeyResultResolver, KeyResultsResolver, ObjectiveResolver } from '../modules/key-results/key-results.resolver';
import { AuthResolver, UserResolver } from '../modules/auth/auth.resolver';
import { PartnerAgreementsFieldResolver, PartnerAgreementsResolver } from '../modules/partners/partner-agreements.resolver';
import { PartnerResourcesResolver, ReferralCountResolver, ResourceResolver, ResourcesResolver } from '../modules/resources/resources.resolver';
import { CareerParticipationResolver, CommunityExperienceCountResolver, PathwaysResolver } from '../modules/pathways/pathways.resolver';

import {
  EngagementPhaseResolver,
  EngagementPlanResolver,
  EngagementSessionPhaseResolver,
  PersonalVisitResolver,
  SchoolEngagementResolver,
  SchoolReportResolver,
} from '../modules/school-engagement/school-engagement.resolver';

/** Every resolver of the hub; feature modules add theirs here. */
export const resolvers: NonEmptyArray<Function> = [GeographyResolver, RegionResolver, SchoolResolver, FocalGroupsResolver, FocalGroupResolver, RegionFocalGroupsResolver, PartnersResolver, PartnerResolver, EngagementResolver, EngagementSessionResolver, SessionAttendanceResolver, RepresentationReportResolver, AuditResolver, RequestsResolver, RequestResolver, CommunicationResolver, ResolutionAcknowledgementResolver, FocalGroupRequestsResolver, PartnerRequestsResolver, BudgetsResolver, BudgetCycleResolver, LiveUpdatesResolver, EquityLensResolver, ReviewScoreResolver, ScenarioQueryResolver, ScenarioResolver, ScenarioItemResolver, AllocationResolver, SurveysResolver, SurveyResolver, SurveyGroupResolver, KeyResultsResolver, ObjectiveResolver, KeyResultResolver, AuthResolver, UserResolver, CommunicationsResolver, CommunicationTemplateResolver, CommunicationDraftResolver, PartnerAgreementsResolver, PartnerAgreementsFieldResolver, ResourcesResolver, ResourceResolver, PartnerResourcesResolver, ReferralCountResolver, PathwaysResolver, CareerParticipationResolver, CommunityExperienceCountResolver, FollowThroughResolver, UnansweredRequestResolver, RequestAwaitingAcknowledgementResolver, FocalGroupNotYetToldResolver, CommunicationAuditGroupResolver, CommunicationAuditLanguageResolver, LanguageResolver, ExportsResolver, SchoolEngagementResolver, EngagementPlanResolver, EngagementPhaseResolver, PersonalVisitResolver, EngagementSessionPhaseResolver, SchoolReportResolver];

/**
 * Plain fields (no resolver, no authorization, no middleware) get graphql-js's default resolver
 * instead of type-graphql's wrapper, which allocates a resolver-data object and a closure for every
 * field of every row. The answer is the same: both read the property; only fields whose schema name
 * is their property name are changed, since the default resolver reads the schema name.
 */
function useDefaultResolverForPlainFields(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && field.roles === undefined && (field.middlewares?.length ?? 0) === 0 && field.name === field.schemaName) field.simple = true;
  }
}

function alreadySorted<T>(this: T[]): T[] {
  return this;
}

/**
 * type-graphql sorts a resolver's parameter list by position on every call (`getParams`): on a
 * dashboard page those sorts' scratch arrays were the largest single share of what the hub
 * allocated (one per relation of every row). Each list is sorted once here, after the build that
 * assigns them, and its `sort` made the identity, which is what sorting a sorted list returns.
 */
function sortResolverParametersOnce(): void {
  const storage = getMetadataStorage();
  for (const resolver of [...storage.queries, ...storage.mutations, ...storage.subscriptions, ...storage.fieldResolvers]) {
    if (!resolver.params) continue;
    const sorted = [...resolver.params].sort((first, second) => first.index - second.index);
    Object.defineProperty(sorted, 'sort', { value: alreadySorted });
    resolver.params = sorted;
  }
}

type FieldResolverMetadata = ReturnType<typeof getMetadataStorage>['fieldResolvers'][number];
type ParameterOf = (root: unknown, context: unknown, info: unknown) => unknown;

const PARAMETERS: Record<string, ParameterOf> = {
  parent: (root) => root,
  context: (_, context) => context,
  info: (_, __, info) => info,
};

/** How a resolver method's parameter is taken from the field's arguments; null when only type-graphql can (arguments, validation, pubsub). */
function parameterOf(param: NonNullable<FieldResolverMetadata['params']>[number]): ParameterOf | null {
  if (param.kind === 'info') return PARAMETERS.info;
  if (param.kind === 'context') return param.propertyName ? (_, context) => (context as Record<string, unknown>)[param.propertyName!] : PARAMETERS.context;
  if (param.kind === 'custom' && param.resolver === parentOf) return PARAMETERS.parent;
  return null;
}

/** The method called with its parameters, without an array or a resolver-data object per call. */
function directResolver(instance: object, method: (...parameters: unknown[]) => unknown, parameters: ParameterOf[]): GraphQLFieldResolver<unknown, unknown> | null {
  const [first, second, third] = parameters;
  switch (parameters.length) {
    case 0:
      return () => method.call(instance);
    case 1:
      return (root, _, context, info) => method.call(instance, first(root, context, info));
    case 2:
      return (root, _, context, info) => method.call(instance, first(root, context, info), second(root, context, info));
    case 3:
      return (root, _, context, info) => method.call(instance, first(root, context, info), second(root, context, info), third(root, context, info));
    default:
      return null;
  }
}

/**
 * Field resolvers of resolver classes that take only the parent, the context and the info, with no
 * authorization or middleware, are called directly: type-graphql's wrapper built a resolver-data
 * object, looked the class instance up and mapped the parameters into a new array on every call,
 * three times per row of a page of requests. The instance is the one type-graphql's default
 * container would hold (one per class, made with `new`); everything else keeps the wrapper.
 * buildHubSchema gives type-graphql no global middlewares: one added there would need this to stop.
 */
function callPlainFieldResolversDirectly(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const ours = new Set<Function>(resolvers);
  const instances = new Map<Function, object>();
  for (const resolver of storage.fieldResolvers) {
    if (resolver.kind !== 'external' || !ours.has(resolver.target) || resolver.roles !== undefined || (resolver.middlewares?.length ?? 0) > 0) continue;
    const objectType = storage.objectTypes.find((type) => type.target === resolver.getObjectType?.());
    const type = objectType && schema.getType(objectType.name);
    const field = isObjectType(type) ? type.getFields()[resolver.schemaName] : undefined;
    const parameters = (resolver.params ?? []).map(parameterOf);
    if (!field || parameters.some((parameter) => parameter === null)) continue;
    let instance = instances.get(resolver.target);
    if (!instance) instances.set(resolver.target, (instance = new (resolver.target as new () => object)()));
    const method = (instance as Record<string, (...parameters: unknown[]) => unknown>)[resolver.methodName];
    const direct = directResolver(instance, method, parameters as ParameterOf[]);
    if (direct) field.resolve = direct;
  }
}

export async function buildHubSchema(pubSub: HubPubSub): Promise<GraphQLSchema> {
  useDefaultResolverForPlainFields();
  const schema = await buildSchema({
    resolvers,
    authChecker,
    pubSub,
    validate: { forbidUnknownValues: false },
    // A Date field declared without an explicit type gets the hub's DateTimeISO too.
    scalarsMap: [{ type: Date, scalar: DateTimeISO }],
  });
  sortResolverParametersOnce();
  callPlainFieldResolversDirectly(schema);
  return schema;
}

/** The schema as committed in schema/schema.graphql: sorted, so diffs show real changes only. */
export async function printHubSchema(): Promise<string> {
  const schema = await buildHubSchema(createPubSub());
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
