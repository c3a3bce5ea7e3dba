import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { CreateRegionInput, CreateSchoolInput, UpdateRegionInput, UpdateSchoolInput } from './geography.inputs';
import { GeographyService } from './geography.service';
import { Region } from './region.entity';
import { School } from './school.entity';
import { geographyLoaders } from './geography.loaders';
import { prefetchWithList } from '../shared/prefetch';
import { Parent } from '../shared/parent';

const REGION = { type: 'Region', entity: Region };

@Resolver()
export class GeographyResolver {
  @Authorized()
  @Query(() => [Region])
  regions(@Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): Promise<Region[]> {
    return new GeographyService(context).regions(prefetchWithList(context, info, REGION));
  }

  @Authorized()
  @Query(() => Region)
  region(@Arg('id', () => ID) id: string, @Ctx() context: HubContext, @Info() info: GraphQLResolveInfo): Promise<Region> {
    return new GeographyService(context).region(id, prefetchWithList(context, info, REGION));
  }

  @Authorized()
  @Query(() => [School])
  schools(@Arg('regionId', () => ID, { nullable: true }) regionId: string | null, @Ctx() context: HubContext): Promise<School[]> {
    return new GeographyService(context).schools(regionId);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region)
  createRegion(@Arg('input') input: CreateRegionInput, @Ctx() context: HubContext): Promise<Region> {
    return new GeographyService(context).createRegion(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Region)
  updateRegion(@Arg('input') input: UpdateRegionInput, @Ctx() context: HubContext): Promise<Region> {
    return new GeographyService(context).updateRegion(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => School)
  createSchool(@Arg('input') input: CreateSchoolInput, @Ctx() context: HubContext): Promise<School> {
    return new GeographyService(context).createSchool(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => School)
  updateSchool(@Arg('input') input: UpdateSchoolInput, @Ctx() context: HubContext): Promise<School> {
    return new GeographyService(context).updateSchool(input);
  }
}

@Resolver(() => Region)
export class RegionResolver {
  @FieldResolver(() => [School])
  schools(@Parent() region: Region, @Ctx() context: HubContext): Promise<School[]> {
    return geographyLoaders(context).schoolsByRegion.load(region.id);
  }
}

@Resolver(() => School)
export class SchoolResolver {
  @FieldResolver(() => Region)
  async region(@Parent() school: School, @Ctx() context: HubContext): Promise<Region> {
    return (await geographyLoaders(context).regionById.load(school.region.id))!;
  }
}
