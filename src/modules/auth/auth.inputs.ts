import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { IsEmail, IsOptional, Length } from 'class-validator';
import { Role } from '../../core/viewer';
import { VersionedUpdateInput } from '../shared/inputs';

@InputType()
export class CreateUserInput {
  @Field({ description: 'The address the district identity provider knows the person by; stored in lower case.' })
  @IsEmail()
  @Length(3, 254)
  email!: string;

  @Field()
  @Length(1, 160)
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER users, refused for every other role.' })
  partnerId?: string | null;
}

@InputType()
export class UpdateUserInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  displayName?: string;

  @Field(() => Role, { nullable: true })
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER users, refused for every other role.' })
  partnerId?: string | null;

  @Field({ nullable: true, description: 'false ends the user\'s sessions, tokens and live connections at once.' })
  active?: boolean;
}

@InputType()
export class IssueApiTokenInput {
  @Field(() => ID, { description: 'Your own id, or anyone\'s for ADMIN.' })
  userId!: string;

  @Field({ description: 'What the token is for, e.g. "Northside Family Center app".' })
  @Length(1, 120)
  name!: string;

  @Field(() => DateTimeISO, { nullable: true, description: 'Refused from then on; omit for a token that lasts until revoked.' })
  expiresAt?: Date | null;
}
