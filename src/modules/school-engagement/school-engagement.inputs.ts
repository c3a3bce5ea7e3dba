import { Field, ID, InputType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { ArrayMaxSize, IsOptional, Length, Matches } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { VersionedUpdateInput } from '../shared/inputs';
import { CommitmentParty, CommitmentStatus } from './engagement-commitment.entity';
import { EngagementPhaseKind } from './engagement-phase.entity';
import { EngagementPlanOrigin } from './engagement-plan.entity';
import { RecommendationStatus, SchoolReportPeriod } from './school-recommendation.entity';

/** "2026-27": the school year from 1 July 2026 to 30 June 2027. */
export const SCHOOL_YEAR_PATTERN = /^(\d{4})-(\d{2})$/;

const MAX_LIST = 30;
const MAX_VISIT_LIST = 10;

@InputType()
export class CreateEngagementPlanInput {
  @Field(() => ID)
  schoolId!: string;

  @Field({ description: 'e.g. "2026-27"' })
  @Matches(SCHOOL_YEAR_PATTERN, { message: 'schoolYear must be written like 2026-27' })
  schoolYear!: string;

  @Field(() => EngagementPlanOrigin)
  origin!: EngagementPlanOrigin;

  @Field({ description: 'Why the school asked, or why the team reached out.' })
  @Length(1, 2000)
  originReason!: string;
}

@InputType()
export class UpdateEngagementPlanInput extends VersionedUpdateInput {
  @Field(() => EngagementPlanOrigin, { nullable: true })
  @IsOptional()
  origin?: EngagementPlanOrigin;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 2000)
  originReason?: string;
}

@InputType({ description: 'The intake with the school leaders; replaces what was recorded before.' })
export class RecordEngagementIntakeInput extends VersionedUpdateInput {
  @Field(() => DateTimeISO)
  heldAt!: Date;

  @Field(() => [String], { description: 'Roles of who took part, never names of families.' })
  @ArrayMaxSize(MAX_LIST)
  @Length(1, 120, { each: true })
  participants!: string[];

  @Field(() => [String])
  @ArrayMaxSize(MAX_LIST)
  @Length(1, 500, { each: true })
  agreedNeeds!: string[];
}

@InputType()
export class AddEngagementCommitmentInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => CommitmentParty)
  party!: CommitmentParty;

  @Field()
  @Length(1, 1000)
  description!: string;

  @Field()
  @Length(1, 160)
  owner!: string;

  @Field(() => DateTimeISO)
  dueAt!: Date;
}

@InputType()
export class UpdateEngagementCommitmentInput extends VersionedUpdateInput {
  @Field(() => CommitmentStatus, { nullable: true })
  @IsOptional()
  status?: CommitmentStatus;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 1000)
  description?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  owner?: string;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  dueAt?: Date;
}

@InputType()
export class AddEngagementPhaseInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => EngagementPhaseKind)
  kind!: EngagementPhaseKind;

  @Field(() => [String], { description: 'At most 20.' })
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  objectives!: string[];

  @Field(() => DateTimeISO)
  startsAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  endsAt?: Date | null;
}

@InputType()
export class UpdateEngagementPhaseInput extends VersionedUpdateInput {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Length(1, 500, { each: true })
  objectives?: string[];

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  startsAt?: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'null removes the end; omit to keep it.' })
  @IsOptional()
  endsAt?: Date | null;
}

@InputType({ description: 'A listening visit. There is deliberately no field for a family\'s name, address or contact.' })
export class RecordPersonalVisitInput {
  @Field(() => ID, { description: 'A PERSONAL_VISITS phase.' })
  phaseId!: string;

  @Field(() => DateTimeISO)
  visitedAt!: Date;

  @Field(() => ID, { nullable: true, description: 'The focal group the family belongs to, when known.' })
  @IsOptional()
  focalGroupId?: string | null;

  @Field({ description: 'ISO 639 code, e.g. "es".' })
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'language must be an ISO 639 code such as "es" or "kar"' })
  language!: string;

  @Field()
  @Length(1, 120)
  staffRole!: string;

  @Field(() => [String], { description: 'At most 10.' })
  @ArrayMaxSize(MAX_VISIT_LIST)
  @Length(1, 300, { each: true })
  topics!: string[];

  @Field(() => [String], { defaultValue: [], description: 'At most 10.' })
  @ArrayMaxSize(MAX_VISIT_LIST)
  @Length(1, 300, { each: true })
  followUps!: string[];
}

@InputType()
export class ProposeSchoolRecommendationInput {
  @Field(() => ID)
  planId!: string;

  @Field(() => SchoolReportPeriod)
  period!: SchoolReportPeriod;

  @Field()
  @Length(1, 2000)
  text!: string;
}

@InputType({ description: 'Records the school leader\'s decision or the implementation; DECLINED needs a reason.' })
export class DecideSchoolRecommendationInput extends VersionedUpdateInput {
  @Field(() => RecommendationStatus)
  status!: RecommendationStatus;

  @Field(() => String, { nullable: true, description: 'Who at the school decided, as a role (e.g. "Principal").' })
  @IsOptional()
  @Length(1, 120)
  decidedBy?: string | null;

  @Field(() => String, { nullable: true, description: 'Required when DECLINED.' })
  @IsOptional()
  @Length(1, 2000)
  reason?: string | null;
}
