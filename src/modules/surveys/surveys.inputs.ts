import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { ArrayMaxSize, IsOptional, IsUUID, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';

@InputType()
export class SurveyWaveInput {
  @Field({ description: 'As it appears in import files, e.g. "Fall 2026".' })
  @Length(1, 60)
  name!: string;

  @Field(() => DateTimeISO)
  fieldedAt!: Date;
}

@InputType()
export class SurveyItemInput {
  @Field()
  @Matches(/^[A-Za-z0-9_.-]{1,40}$/, { message: 'code must be 1-40 letters, digits, _ . or -' })
  code!: string;

  @Field()
  @Length(1, 500)
  prompt!: string;

  @Field()
  @Length(1, 120)
  topic!: string;

  @Field(() => Int)
  @Min(0)
  @Max(100)
  scaleMin!: number;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  scaleMax!: number;

  @Field(() => Int)
  favourableMin!: number;

  @Field(() => Int)
  favourableMax!: number;
}

@InputType()
export class CreateSurveyInput {
  @Field()
  @Length(1, 160)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;

  @Field(() => [SurveyWaveInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(50)
  waves!: SurveyWaveInput[];

  @Field(() => [SurveyItemInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(500)
  items!: SurveyItemInput[];
}

@InputType()
export class UpdateSurveyInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  description?: string | null;
}

@InputType()
export class CreateSurveyWaveInput extends SurveyWaveInput {
  @Field(() => ID)
  surveyId!: string;
}

@InputType()
export class CreateSurveyItemInput extends SurveyItemInput {
  @Field(() => ID)
  surveyId!: string;
}

const MAX_FILTER_VALUES = 500;

@InputType({ description: 'Restricts the answers aggregated; every list is "any of".' })
export class SurveyResultsFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  waveIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  topics?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  itemIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  regionIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  schoolIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsUUID('all', { each: true })
  @ArrayMaxSize(MAX_FILTER_VALUES)
  focalGroupIds?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_FILTER_VALUES)
  languages?: string[];
}
