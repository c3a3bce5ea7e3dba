import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { SafeIntResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsOptional, IsUUID, Length, Max, Min, Matches } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { VersionedUpdateInput } from '../shared/inputs';
import { PriorityArea } from '../partners/partner.entity';
import { CommunicationChannel, CommunicationDirection } from './communication.entity';
import { RequestStatus } from './request.entity';

const MAX_FOCAL_GROUPS_PER_REQUEST = 50;
const MAX_DEPENDENCIES_PER_REQUEST = 50;

@InputType({ description: 'All conditions must hold; omitted ones do not filter.' })
export class RequestFilter {
  @Field(() => [RequestStatus], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  status?: RequestStatus[] | null;

  @Field(() => PriorityArea, { nullable: true })
  @IsOptional()
  priorityArea?: PriorityArea | null;

  @Field(() => ID, { nullable: true, description: 'Raised by this focal group.' })
  @IsOptional()
  @IsUUID()
  focalGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Raised by at least one focal group of this region.' })
  @IsOptional()
  @IsUUID()
  regionId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title, case-insensitive.' })
  @IsOptional()
  @Length(1, 200)
  search?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  minEarliestYear?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  maxEarliestYear?: number | null;
}

@InputType()
export class SubmitRequestInput {
  @Field()
  @Length(1, 200)
  title!: string;

  @Field()
  @Length(1, 10000)
  description!: string;

  @Field(() => PriorityArea)
  priorityArea!: PriorityArea;

  @Field(() => [ID], { description: 'The focal groups raising the request (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FOCAL_GROUPS_PER_REQUEST)
  @IsUUID('all', { each: true })
  focalGroupIds!: string[];

  @Field(() => ID, { nullable: true, description: 'Sponsoring partner; a PARTNER token may only name its own partner and defaults to it.' })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => Int)
  @Min(0)
  peopleImpacted!: number;

  @Field(() => SafeIntResolver)
  @Min(0)
  oneTimeCents!: number;

  @Field(() => SafeIntResolver)
  @Min(0)
  recurringCents!: number;

  @Field(() => Float)
  @Min(0)
  @Max(9999)
  fte!: number;

  @Field(() => Int)
  @Min(2000)
  @Max(2200)
  earliestYear!: number;

  @Field(() => [ID], { defaultValue: [], description: 'Requests that must start no later than this one.' })
  @ArrayMaxSize(MAX_DEPENDENCIES_PER_REQUEST)
  @IsUUID('all', { each: true })
  dependsOnIds!: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  alternativeGroup?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  surveyTopic?: string | null;
}

/** Omitted fields stay as they are; `null` clears the optional ones (partner, alternative group, survey topic). */
@InputType()
export class UpdateRequestInput extends VersionedUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 10000)
  description?: string | null;

  @Field(() => PriorityArea, { nullable: true })
  @IsOptional()
  priorityArea?: PriorityArea | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_FOCAL_GROUPS_PER_REQUEST)
  @IsUUID('all', { each: true })
  focalGroupIds?: string[] | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  partnerId?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  peopleImpacted?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0)
  oneTimeCents?: number | null;

  @Field(() => SafeIntResolver, { nullable: true })
  @IsOptional()
  @Min(0)
  recurringCents?: number | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(9999)
  fte?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(2000)
  @Max(2200)
  earliestYear?: number | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_DEPENDENCIES_PER_REQUEST)
  @IsUUID('all', { each: true })
  dependsOnIds?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  alternativeGroup?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  surveyTopic?: string | null;
}

@InputType()
export class LogCommunicationInput {
  @Field(() => ID)
  @IsUUID()
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'The focal group addressed; must be one of the request\'s groups.' })
  @IsOptional()
  @IsUUID()
  focalGroupId?: string | null;

  @Field(() => CommunicationChannel)
  channel!: CommunicationChannel;

  @Field(() => CommunicationDirection)
  direction!: CommunicationDirection;

  @Field({ description: 'ISO 639 code of the language it was delivered in, e.g. "so".' })
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'language must be an ISO 639 code such as en, es, so or kar' })
  language!: string;

  @Field()
  @Length(1, 10000)
  summary!: string;

  @Field(() => DateTimeISO)
  communicatedAt!: Date;
}

@InputType()
export class AcknowledgeResolutionInput {
  @Field(() => ID)
  @IsUUID()
  requestId!: string;

  @Field(() => ID, { description: 'Must be one of the request\'s focal groups.' })
  @IsUUID()
  focalGroupId!: string;

  @Field()
  @Length(1, 160)
  acknowledgedBy!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 2000)
  note?: string | null;
}
