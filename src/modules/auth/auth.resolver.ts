import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { Role } from '../../core/viewer';
import { Partner } from '../partners/partner.entity';
import { partnerLoaders } from '../partners/partners.loaders';
import { ApiToken } from './api-token.entity';
import { ApiTokensService } from './api-tokens.service';
import { CreateUserInput, IssueApiTokenInput, UpdateUserInput } from './auth.inputs';
import { IssuedApiToken, Me } from './auth.types';
import { MeService } from './me.service';
import { User } from './user.entity';
import { UsersService } from './users.service';
import { Parent } from '../shared/parent';

@Resolver()
export class AuthResolver {
  @Authorized()
  @Query(() => Me, { description: 'Who is asking: any caller, the public included.' })
  me(@Ctx() context: HubContext): Promise<Me> {
    return new MeService(context).me();
  }

  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: 'Every user, by email.' })
  users(@Ctx() context: HubContext): Promise<User[]> {
    return new UsersService(context).users();
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User)
  createUser(@Arg('input') input: CreateUserInput, @Ctx() context: HubContext): Promise<User> {
    return new UsersService(context).createUser(input);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: 'active: false ends the user\'s sessions, tokens and live connections at once.' })
  updateUser(@Arg('input') input: UpdateUserInput, @Ctx() context: HubContext): Promise<User> {
    return new UsersService(context).updateUser(input);
  }

  @Authorized()
  @Query(() => [ApiToken], { description: 'A user\'s tokens, newest first: your own, or anyone\'s for ADMIN.' })
  apiTokens(@Arg('userId', () => ID) userId: string, @Ctx() context: HubContext): Promise<ApiToken[]> {
    return new ApiTokensService(context).apiTokens(userId);
  }

  @Authorized()
  @Mutation(() => IssuedApiToken, { description: 'The secret is in the answer once and never again.' })
  issueApiToken(@Arg('input') input: IssueApiTokenInput, @Ctx() context: HubContext): Promise<IssuedApiToken> {
    return new ApiTokensService(context).issueApiToken(input);
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: 'Refused from now on, on HTTP and on open live connections.' })
  revokeApiToken(@Arg('id', () => ID) id: string, @Ctx() context: HubContext): Promise<ApiToken> {
    return new ApiTokensService(context).revokeApiToken(id);
  }
}

@Resolver(() => User)
export class UserResolver {
  @FieldResolver(() => Partner, { nullable: true, description: 'The partner a PARTNER user acts for.' })
  partner(@Parent() user: User, @Ctx() context: HubContext): Promise<Partner | null> | null {
    const partnerId = user.partner?.id;
    return partnerId ? partnerLoaders(context).partnerById.load(partnerId) : null;
  }
}
