import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, Max, Min } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { VersionedUpdateInput } from '../shared/inputs';
import { PriorityArea } from '../partners/partner.entity';
import { ResourceAudience, ResourceStatus } from './resource.entity';

const LANGUAGE_MESSAGE = 'languages must be ISO 639 codes such as en, es, so or kar';
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType({ description: 'Every field narrows the directory; a school matches services offered at it and services covering its whole region.' })
export class ResourceFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true })
  schoolId?: string;

  @Field(() => String, { nullable: true, description: 'An ISO 639 code, e.g. "es".' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: LANGUAGE_MESSAGE })
  language?: string;

  @Field(() => PriorityArea, { nullable: true })
  priorityArea?: PriorityArea;

  @Field(() => ResourceAudience, { nullable: true })
  audience?: ResourceAudience;

  @Field(() => ID, { nullable: true, description: 'Services of one partner.' })
  partnerId?: string;

  @Field({ nullable: true, description: 'Only services without charge to families.' })
  free?: boolean;

  @Field(() => ResourceStatus, { nullable: true, description: 'INACTIVE services are listed only to district staff and, for its own, a PARTNER; the default is ACTIVE.' })
  status?: ResourceStatus;

  @Field({ nullable: true, description: 'Words in the name, description or eligibility, case-insensitive.' })
  @IsOptional()
  @Length(1, 120)
  search?: string;
}

/**
 * The optional, clearable details of a service, the same on create and update (null clears one):
 * a mixin, because an update input already extends VersionedUpdateInput.
 */
function WithResourceDetails<Base extends abstract new (...args: any[]) => object>(base: Base) {
  @InputType()
  abstract class ResourceDetails extends base {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 1000)
  costDescription?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  eligibility?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(3, 40)
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl()
  url?: string | null;
  }
  return ResourceDetails;
}

@InputType()
export class CreateResourceInput extends WithResourceDetails(class {}) {
  @Field(() => ID, { nullable: true, description: 'Required for staff; a PARTNER token creates services for its own partner only.' })
  partnerId?: string | null;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @Length(1, 4000)
  description!: string;

  @Field(() => PriorityArea)
  priorityArea!: PriorityArea;

  @Field(() => [ResourceAudience], { defaultValue: [] })
  @ArrayMaxSize(10)
  audiences!: ResourceAudience[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: LANGUAGE_MESSAGE })
  languages!: string[];

  @Field({ defaultValue: true })
  free!: boolean;

  @Field(() => ResourceStatus, { defaultValue: ResourceStatus.ACTIVE })
  status!: ResourceStatus;

  @Field(() => [ID], { defaultValue: [], description: 'Regions served as a whole.' })
  @ArrayMaxSize(20)
  regionIds!: string[];

  @Field(() => [ID], { defaultValue: [], description: 'Schools where the service is offered.' })
  @ArrayMaxSize(100)
  schoolIds!: string[];
}

@InputType()
export class UpdateResourceInput extends WithResourceDetails(VersionedUpdateInput) {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 4000)
  description?: string;

  @Field(() => PriorityArea, { nullable: true })
  priorityArea?: PriorityArea;

  @Field(() => [ResourceAudience], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  audiences?: ResourceAudience[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: LANGUAGE_MESSAGE })
  languages?: string[];

  @Field({ nullable: true })
  free?: boolean;

  @Field(() => ResourceStatus, { nullable: true })
  status?: ResourceStatus;

  @Field(() => [ID], { nullable: true, description: 'Replaces the regions served.' })
  @IsOptional()
  @ArrayMaxSize(20)
  regionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the schools served.' })
  @IsOptional()
  @ArrayMaxSize(100)
  schoolIds?: string[];
}

@InputType({ description: 'Sets the counts of one cell (service, school, focal group, month); recording a cell again replaces its counts.' })
export class RecordReferralsInput {
  @Field(() => ID)
  resourceId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => ID)
  focalGroupId!: string;

  @Field({ description: '"YYYY-MM".' })
  @Matches(MONTH_PATTERN, { message: 'month must be "YYYY-MM"' })
  month!: string;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  connected!: number;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  waiting!: number;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  declined!: number;
}

@InputType()
export class ReferralFilter {
  @Field(() => ID, { nullable: true })
  resourceId?: string;

  @Field(() => ID, { nullable: true, description: 'Referrals to the services of one partner (a PARTNER sees only its own anyway).' })
  partnerId?: string;

  @Field(() => ID, { nullable: true })
  schoolId?: string;

  @Field(() => ID, { nullable: true })
  focalGroupId?: string;

  @Field({ nullable: true, description: 'First month, "YYYY-MM", inclusive.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'fromMonth must be "YYYY-MM"' })
  fromMonth?: string;

  @Field({ nullable: true, description: 'Last month, "YYYY-MM", inclusive.' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'toMonth must be "YYYY-MM"' })
  toMonth?: string;
}
