import { Field, ObjectType } from 'type-graphql';
import { CredentialKind, Role } from '../../core/viewer';
import { Partner } from '../partners/partner.entity';
import { ApiToken } from './api-token.entity';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

@ObjectType({ description: 'A newly issued token: the secret is shown here once and never again.' })
export class IssuedApiToken {
  @Field({ description: 'Send as "Authorization: Bearer <token>". Only its hash is stored.' })
  token!: string;

  @Field(() => ApiToken)
  apiToken!: ApiToken;
}

@ObjectType({ description: 'Who is asking, and how they got in.' })
export class Me {
  @Field(() => Role, { description: 'VIEWER for the public audience.' })
  role!: Role;

  @Field(() => CredentialKind)
  credential!: CredentialKind;

  @Field(() => User, { nullable: true, description: 'Null for the public audience.' })
  user!: User | null;

  @Field(() => Partner, { nullable: true, description: 'The partner a PARTNER user acts for.' })
  partner!: Partner | null;

  @Field(() => ApiToken, { nullable: true, description: 'The bearer token of this request.' })
  apiToken!: ApiToken | null;

  @Field(() => UserSession, { nullable: true, description: 'The sign-in session of this request; its csrfToken goes with every mutation.' })
  session!: UserSession | null;
}
