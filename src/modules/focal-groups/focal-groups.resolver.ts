import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { Region } from '../geography/region.entity';
import { FocalGroup, FocalGroupConnection } from './focal-group.entity';
import { CreateFocalGroupInput, FocalGroupFilter, UpdateFocalGroupInput } from './focal-groups.inputs';
import { FocalGroupsService } from './focal-groups.service';
import { focalGroupLoaders } from './focal-groups.loaders';
import { geographyLoaders } from '../geography/geography.loaders';
import { andThen, prefetched, prefetchSelected } from '../shared/prefetch';
import { Parent } from '../shared/parent';

@Resolver()
export class FocalGroupsResolver {
  @Authorized()
  @Query(() => FocalGroupConnection, { description: 'Focal groups ordered by name; a cursor connection.' })
  focalGroups(
    @Arg('filter', () => FocalGroupFilter, { nullable: true }) filter: FocalGroupFilter | null,
    @Arg('first', () => Int, { defaultValue: 50 }) first: number,
    @Arg('after', () => String, { nullable: true }) after: string | null,
    @Ctx() context: HubContext,
  ): Promise<FocalGroupConnection> {
    return new FocalGroupsService(context).focalGroups(filter, first, after);
  }

  @Authorized()
  @Query(() => FocalGroup)
  focalGroup(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<FocalGroup> {
    return new FocalGroupsService(context).focalGroup(id);
  }

  @Authorized(Role.LIAISON, Role.ADMIN)
  @Mutation(() => FocalGroup)
  createFocalGroup(@Arg('input') input: CreateFocalGroupInput, @Ctx() context: HubContext): Promise<FocalGroup> {
    return new FocalGroupsService(context).createFocalGroup(input);
  }

  @Authorized(Role.LIAISON, Role.ADMIN)
  @Mutation(() => FocalGroup)
  updateFocalGroup(@Arg('input') input: UpdateFocalGroupInput, @Ctx() context: HubContext): Promise<FocalGroup> {
    return new FocalGroupsService(context).updateFocalGroup(input);
  }
}

@Resolver(() => FocalGroup)
export class FocalGroupResolver {
  @FieldResolver(() => Region, { nullable: true, description: 'null for a district-wide group.' })
  async region(@Parent() group: FocalGroup, @Ctx() context: HubContext): Promise<Region | null> {
    return group.region ? geographyLoaders(context).regionById.load(group.region.id) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Visible to district staff only; null for everyone else.' })
  liaisonEmail(@Parent() group: FocalGroup, @Ctx() context: HubContext): string | null {
    return new FocalGroupsService(context).liaisonEmail(group);
  }
}

@Resolver(() => Region)
export class RegionFocalGroupsResolver {
  @FieldResolver(() => [FocalGroup], { description: 'Groups of this region (district-wide groups are not listed).' })
  focalGroups(@Parent() region: Region, @Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): FocalGroup[] | Promise<FocalGroup[]> {
    const groups = prefetched<FocalGroup[]>(region, 'focalGroups') ?? focalGroupLoaders(context).focalGroupsByRegion.load(region.id);
    return andThen(groups, (rows) => prefetchSelected(context, info, { type: 'FocalGroup', entity: FocalGroup }, rows));
  }
}
