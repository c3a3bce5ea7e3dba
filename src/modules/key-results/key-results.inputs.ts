import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { IsInt, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';
import { KeyResultMeasure } from './key-result.entity';

@InputType()
export class CreateObjectiveInput {
  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;
}

@InputType()
export class UpdateObjectiveInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;
}

@InputType({
  description:
    'SURVEY_FAVOURABILITY_CHANGE: topic, fromWaveId, toWaveId (focalGroupId optional). FAMILIES_REACHED_PER_GROUP: focalGroupId. FAMILIES_ALIGNED_TO_RESOURCES: focalGroupId optional. PROFESSIONS_PARTICIPATING, NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE: schoolYear. FOLLOW_THROUGH: withinDays. Periods are optional.',
})
export class KeyResultParametersInput {
  @Field(() => Int, { nullable: true, description: 'FOLLOW_THROUGH: a request counts as answered when a communication reached the community within this many days (1..365).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  withinDays?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  topic?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  focalGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  fromWaveId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  toWaveId?: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  periodStart?: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  periodEnd?: Date | null;

  @Field(() => String, { nullable: true, description: 'PROFESSIONS_PARTICIPATING and NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE: e.g. "2025-26".' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}$/, { message: 'schoolYear must look like "2025-26"' })
  schoolYear?: string | null;
}

@InputType()
export class CreateKeyResultInput {
  @Field(() => ID)
  objectiveId!: string;

  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => KeyResultMeasure)
  measure!: KeyResultMeasure;

  @Field(() => KeyResultParametersInput, { defaultValue: {} })
  @ValidateNested()
  parameters!: KeyResultParametersInput;

  @Field(() => Float)
  baseline!: number;

  @Field(() => Float)
  target!: number;

  @Field(() => DateTimeISO)
  startDate!: Date;

  @Field(() => DateTimeISO)
  targetDate!: Date;
}

@InputType()
export class UpdateKeyResultInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => KeyResultParametersInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  parameters?: KeyResultParametersInput;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  baseline?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  target?: number;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  startDate?: Date;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  targetDate?: Date;
}
