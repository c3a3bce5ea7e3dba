import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { Partner, PartnerConnection, PartnerContact } from './partner.entity';
import { CreatePartnerInput, PartnerFilter, UpdatePartnerInput } from './partners.inputs';
import { isAlignedWithDistrictPriorities, isTrained, PartnersService } from './partners.service';
import { partnerLoaders } from './partners.loaders';
import { Parent } from '../shared/parent';
import { registerColumnsRead } from '../shared/prefetch';

@Resolver()
export class PartnersResolver {
  @Authorized()
  @Query(() => PartnerConnection, { description: 'Partners ordered by name; a cursor connection.' })
  partners(
    @Arg('filter', () => PartnerFilter, { nullable: true }) filter: PartnerFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: HubContext,
  ): Promise<PartnerConnection> {
    return new PartnersService(context).partners(filter, first, after);
  }

  @Authorized()
  @Query(() => Partner)
  partner(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<Partner> {
    return new PartnersService(context).partner(id);
  }

  @Authorized(Role.ADMIN, Role.LIAISON)
  @Mutation(() => Partner)
  createPartner(@Arg('input') input: CreatePartnerInput, @Ctx() context: HubContext): Promise<Partner> {
    return new PartnersService(context).createPartner(input);
  }

  @Authorized(Role.ADMIN, Role.LIAISON, Role.PARTNER)
  @Mutation(() => Partner, { description: 'A PARTNER token may update only its own contacts and website.' })
  updatePartner(@Arg('input') input: UpdatePartnerInput, @Ctx() context: HubContext): Promise<Partner> {
    return new PartnersService(context).updatePartner(input);
  }
}

@Resolver(() => Partner)
export class PartnerResolver {
  @FieldResolver(() => [Region])
  regions(@Parent() partner: Partner, @Ctx() context: HubContext): Promise<Region[]> {
    return partnerLoaders(context).regionsByPartner.load(partner.id);
  }

  @FieldResolver(() => [School])
  schools(@Parent() partner: Partner, @Ctx() context: HubContext): Promise<School[]> {
    return partnerLoaders(context).schoolsByPartner.load(partner.id);
  }

  @FieldResolver(() => [PartnerContact], { nullable: true, description: 'Private: district staff and the partner itself only; null for everyone else.' })
  contacts(@Parent() partner: Partner, @Ctx() context: HubContext): PartnerContact[] | null {
    return new PartnersService(context).contacts(partner);
  }

  @FieldResolver(() => Boolean, { description: 'Serves at least one district priority area under a SIGNED agreement.' })
  alignedWithDistrictPriorities(@Parent() partner: Partner): boolean {
    return isAlignedWithDistrictPriorities(partner);
  }

  @FieldResolver(() => Boolean, { description: 'Trained on district guidelines and protocols.' })
  trained(@Parent() partner: Partner): boolean {
    return isTrained(partner);
  }
}

// What the field resolvers above read of a prefetched partner row besides its id and references.
registerColumnsRead('Partner', 'alignedWithDistrictPriorities', ['priorityAreas', 'agreementStatus']);
registerColumnsRead('Partner', 'trained', ['trainedOnProtocolsAt']);
for (const keyedOnId of ['regions', 'schools']) registerColumnsRead('Partner', keyedOnId, []);
