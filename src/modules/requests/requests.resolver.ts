import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Partner } from '../partners/partner.entity';
import { Communication } from './communication.entity';
import { allowedTransitions } from './request-lifecycle';
import { Request, RequestConnection, RequestStatus } from './request.entity';
import { AcknowledgeResolutionInput, LogCommunicationInput, RequestFilter, SubmitRequestInput, UpdateRequestInput } from './requests.inputs';
import { RequestsService } from './requests.service';
import { ResolutionAcknowledgement } from './resolution-acknowledgement.entity';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { partnerLoaders } from '../partners/partners.loaders';
import { requestLoaders } from './requests.loaders';
import { andThen, prefetched, prefetchSelected, prefetchWithList, registerColumnsRead, registerReferencesAlwaysRead } from '../shared/prefetch';
import { Parent } from '../shared/parent';

const REQUEST = { type: 'Request', entity: Request };

@Resolver()
export class RequestsResolver {
  @Authorized()
  @Query(() => RequestConnection, { description: 'Requests, newest first; a PARTNER token sees its own partner\'s requests only.' })
  requests(
    @Arg('filter', () => RequestFilter, { nullable: true }) filter: RequestFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: HubContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<RequestConnection> {
    return new RequestsService(context).requests(filter, first, after, prefetchWithList(context, info, REQUEST, ['edges', 'node']));
  }

  @Authorized()
  @Query(() => Request, { description: 'NOT_FOUND, exactly like a missing id, for a PARTNER token when the request belongs to another partner.' })
  request(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Request> {
    return new RequestsService(context).request(id);
  }

  @Authorized(Role.LIAISON, Role.ADMIN, Role.PARTNER)
  @Mutation(() => Request, { description: 'A PARTNER token submits for its own partner only.' })
  submitRequest(@Arg('input') input: SubmitRequestInput, @Ctx() context: HubContext): Promise<Request> {
    return new RequestsService(context).submitRequest(input);
  }

  @Authorized(Role.LIAISON, Role.ADMIN, Role.PARTNER)
  @Mutation(() => Request, { description: 'Not allowed once the request is RESOLVED.' })
  updateRequest(@Arg('input') input: UpdateRequestInput, @Ctx() context: HubContext): Promise<Request> {
    return new RequestsService(context).updateRequest(input);
  }

  @Authorized(Role.LIAISON, Role.BUDGET_STAFF, Role.ADMIN)
  @Mutation(() => Request, { description: 'Moves a request along its lifecycle (see Request.allowedTransitions); the note becomes its statusNote.' })
  transitionRequest(
    @Arg('id', () => ID) id: string,
    @Arg('to', () => RequestStatus) to: RequestStatus,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Arg('version', () => Int, { nullable: true, description: 'The version you read; a stale one is a CONFLICT. Omit to transition whatever the version.' }) version: number | null,
    @Ctx() context: HubContext,
  ): Promise<Request> {
    return new RequestsService(context).transitionRequest(id, to, note, version);
  }

  @Authorized(Role.LIAISON, Role.ADMIN, Role.PARTNER)
  @Mutation(() => Communication, { description: 'A PARTNER token logs communications on its own partner\'s requests only.' })
  logCommunication(@Arg('input') input: LogCommunicationInput, @Ctx() context: HubContext): Promise<Communication> {
    return new RequestsService(context).logCommunication(input);
  }

  @Authorized(Role.LIAISON, Role.ADMIN)
  @Mutation(() => Request, { description: 'Records that a focal group considers its DECLINED or IMPLEMENTED request answered.' })
  acknowledgeResolution(@Arg('input') input: AcknowledgeResolutionInput, @Ctx() context: HubContext): Promise<Request> {
    return new RequestsService(context).acknowledgeResolution(input);
  }
}

@Resolver(() => Request)
export class RequestResolver {
  @FieldResolver(() => [FocalGroup])
  focalGroups(@Parent() request: Request, @Ctx() context: HubContext): FocalGroup[] | Promise<FocalGroup[]> {
    return prefetched<FocalGroup[]>(request, 'focalGroups') ?? requestLoaders(context).focalGroupsByRequest.load(request.id);
  }

  @FieldResolver(() => Partner, { nullable: true, description: 'The sponsoring partner, if any; null for viewers who may not know it (VIEWER, another partner).' })
  partner(@Parent() request: Request, @Ctx() context: HubContext): Partner | null | Promise<Partner | null> {
    const sponsorId = new RequestsService(context).sponsorId(request);
    if (!sponsorId) return null;
    return prefetched<Partner | null>(request, 'partner') ?? partnerLoaders(context).partnerById.load(sponsorId);
  }

  @FieldResolver(() => [Request], { description: 'Requests that must start no later than this one (for a PARTNER token: its own ones only).' })
  dependsOn(@Parent() request: Request, @Ctx() context: HubContext): Promise<Request[]> {
    return new RequestsService(context).dependsOn(request);
  }

  @FieldResolver(() => [Communication], { description: 'The communication log, oldest first. Private: empty for VIEWER tokens.' })
  communications(@Parent() request: Request, @Ctx() context: HubContext): Communication[] | Promise<Communication[]> {
    return new RequestsService(context).communications(request);
  }

  @FieldResolver(() => [ResolutionAcknowledgement], { description: 'Private (names community members): empty for VIEWER tokens.' })
  acknowledgements(@Parent() request: Request, @Ctx() context: HubContext): Promise<ResolutionAcknowledgement[]> {
    return new RequestsService(context).acknowledgements(request);
  }

  @FieldResolver(() => [FocalGroup], { description: 'Focal groups that have not acknowledged yet; RESOLVED needs this to be empty.' })
  awaitingAcknowledgementFrom(@Parent() request: Request, @Ctx() context: HubContext): Promise<FocalGroup[]> {
    return new RequestsService(context).awaitingAcknowledgementFrom(request);
  }

  @FieldResolver(() => [RequestStatus], { description: 'Next statuses the lifecycle allows; RESOLVED also needs every acknowledgement.' })
  allowedTransitions(@Parent() request: Request): RequestStatus[] {
    return [...allowedTransitions(request.status)];
  }

  @FieldResolver(() => SafeIntResolver, { description: 'One-time cost plus the recurring cost of every year in the horizon, in cents.' })
  totalCostCents(@Parent() request: Request, @Arg('horizonYears', () => Int) horizonYears: number, @Ctx() context: HubContext): number {
    return new RequestsService(context).totalCostCents(request, horizonYears);
  }
}

// What the field resolvers above read of a prefetched request row besides its id and the fields selected.
// Its sponsor decides who may see the request and the sponsor field (redaction-policy.ts), whatever is selected.
registerReferencesAlwaysRead('Request', ['partner']);
registerColumnsRead('Request', 'totalCostCents', ['oneTimeCents', 'recurringCents']);
registerColumnsRead('Request', 'allowedTransitions', ['status']);
for (const keyedOnId of ['dependsOn', 'acknowledgements', 'awaitingAcknowledgementFrom']) registerColumnsRead('Request', keyedOnId, []);

@Resolver(() => Communication)
export class CommunicationResolver {
  @FieldResolver(() => Request)
  async request(@Parent() communication: Communication, @Ctx() context: HubContext): Promise<Request> {
    return (await requestLoaders(context).requestById.load(communication.request.id))!;
  }

  @FieldResolver(() => FocalGroup, { nullable: true, description: 'The focal group addressed, if the message was for one group.' })
  async focalGroup(@Parent() communication: Communication, @Ctx() context: HubContext): Promise<FocalGroup | null> {
    return communication.focalGroup ? focalGroupLoaders(context).focalGroupById.load(communication.focalGroup.id) : null;
  }
}

@Resolver(() => ResolutionAcknowledgement)
export class ResolutionAcknowledgementResolver {
  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() acknowledgement: ResolutionAcknowledgement, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(acknowledgement.focalGroup.id))!;
  }
}

@Resolver(() => FocalGroup)
export class FocalGroupRequestsResolver {
  @FieldResolver(() => [Request], { description: 'Requests the group raised, newest first (for a PARTNER token: its own partner\'s only).' })
  requests(@Parent() group: FocalGroup, @Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): Request[] | Promise<Request[]> {
    return andThen(new RequestsService(context).requestsOfFocalGroup(group), (requests) => prefetchSelected(context, info, REQUEST, requests));
  }
}

@Resolver(() => Partner)
export class PartnerRequestsResolver {
  @FieldResolver(() => [Request], { description: 'Requests the partner sponsors, newest first; empty for another partner\'s PARTNER token.' })
  requests(@Parent() partner: Partner, @Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): Request[] | Promise<Request[]> {
    return andThen(new RequestsService(context).requestsOfPartner(partner), (requests) => prefetchSelected(context, info, REQUEST, requests));
  }
}
