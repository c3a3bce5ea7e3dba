import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Subscription } from 'type-graphql';
import type { HubContext } from '../../core/context';
import type { ReferralsRecordedEvent } from '../../core/pubsub';
import { Role } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { geographyLoaders } from '../geography/geography.loaders';
import { Partner } from '../partners/partner.entity';
import { partnerLoaders } from '../partners/partners.loaders';
import { ReferralCount, ReferralCountConnection } from './referral-count.entity';
import { ReferralsRecorded, referralsRecordedFor, toReferralsRecorded } from './referrals-live';
import { Resource, ResourceConnection } from './resource.entity';
import { CreateResourceInput, RecordReferralsInput, ReferralFilter, ResourceFilter, UpdateResourceInput } from './resources.inputs';
import { resourceLoaders } from './resources.loaders';
import { ResourcesService } from './resources.service';
import { Parent } from '../shared/parent';

@Resolver()
export class ResourcesResolver {
  @Authorized()
  @Query(() => ResourceConnection, { description: 'The public directory of partners\' services for families, by name; a cursor connection. No sign-in needed.' })
  resources(
    @Arg('filter', () => ResourceFilter, { nullable: true }) filter: ResourceFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: HubContext,
  ): Promise<ResourceConnection> {
    return new ResourcesService(context).resources(filter, first, after);
  }

  @Authorized()
  @Query(() => Resource)
  resource(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Resource> {
    return new ResourcesService(context).resource(id);
  }

  @Authorized(Role.ADMIN, Role.LIAISON, Role.PARTNER)
  @Mutation(() => Resource, { description: 'A PARTNER token creates services for its own partner only.' })
  createResource(@Arg('input') input: CreateResourceInput, @Ctx() context: HubContext): Promise<Resource> {
    return new ResourcesService(context).createResource(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON, Role.PARTNER)
  @Mutation(() => Resource, { description: 'A PARTNER token updates its own partner\'s services only (another partner\'s is NOT_FOUND).' })
  updateResource(@Arg('input') input: UpdateResourceInput, @Ctx() context: HubContext): Promise<Resource> {
    return new ResourcesService(context).updateResource(input);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON, Role.PARTNER)
  @Query(() => ReferralCountConnection, { description: 'Referral counts, newest month first. A PARTNER reads those to its own services only.' })
  referrals(
    @Arg('filter', () => ReferralFilter, { nullable: true }) filter: ReferralFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: HubContext,
  ): Promise<ReferralCountConnection> {
    return new ResourcesService(context).referrals(filter, first, after);
  }

  @Authorized(Role.ADMIN, Role.LIAISON, Role.PARTNER)
  @Mutation(() => ReferralCount, { description: 'Sets the referral counts of one service, school, focal group and month. A PARTNER records for its own services only.' })
  recordReferrals(@Arg('input') input: RecordReferralsInput, @Ctx() context: HubContext): Promise<ReferralCount> {
    return new ResourcesService(context).recordReferrals(input);
  }

  @Authorized(Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON, Role.PARTNER)
  @Subscription(() => ReferralsRecorded, {
    description: 'Referral counts were recorded. A PARTNER hears only those to its own services; staff hear all.',
    subscribe: ({ args, context }) => referralsRecordedFor(context as HubContext, args.resourceId as string | null | undefined),
  })
  referralsRecorded(@Parent() event: ReferralsRecordedEvent, @Arg('resourceId', () => ID, { nullable: true, description: 'Only this service.' }) _resourceId: string | null): ReferralsRecorded {
    return toReferralsRecorded(event);
  }
}

@Resolver(() => Resource)
export class ResourceResolver {
  @FieldResolver(() => Partner)
  async partner(@Parent() resource: Resource, @Ctx() context: HubContext): Promise<Partner> {
    return (await partnerLoaders(context).partnerById.load(resource.partner.id))!;
  }

  @FieldResolver(() => [Region], { description: 'Regions served as a whole.' })
  regions(@Parent() resource: Resource, @Ctx() context: HubContext): Promise<Region[]> {
    return resourceLoaders(context).regionsByResource.load(resource.id);
  }

  @FieldResolver(() => [School], { description: 'Schools where the service is offered.' })
  schools(@Parent() resource: Resource, @Ctx() context: HubContext): Promise<School[]> {
    return resourceLoaders(context).schoolsByResource.load(resource.id);
  }
}

@Resolver(() => Partner)
export class PartnerResourcesResolver {
  @FieldResolver(() => [Resource], { description: 'The partner\'s services: active ones for everyone, inactive ones too for staff and the partner itself.' })
  resources(@Parent() partner: Partner, @Ctx() context: HubContext): Promise<Resource[]> {
    return new ResourcesService(context).resourcesOfPartner(partner.id);
  }
}

@Resolver(() => ReferralCount)
export class ReferralCountResolver {
  @FieldResolver(() => Resource)
  async resource(@Parent() referral: ReferralCount, @Ctx() context: HubContext): Promise<Resource> {
    return (await resourceLoaders(context).resourceById.load(referral.resource.id))!;
  }

  @FieldResolver(() => School)
  async school(@Parent() referral: ReferralCount, @Ctx() context: HubContext): Promise<School> {
    return (await geographyLoaders(context).schoolById.load(referral.school.id))!;
  }

  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() referral: ReferralCount, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(referral.focalGroup.id))!;
  }

  @FieldResolver(() => Int, { description: 'connected + waiting + declined: families referred.' })
  referred(@Parent() referral: ReferralCount): number {
    return referral.connected + referral.waiting + referral.declined;
  }
}
