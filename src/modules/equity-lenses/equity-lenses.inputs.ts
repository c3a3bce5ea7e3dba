import { Field, Float, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';
import { CriterionKind, DerivedSource } from './equity-lens.entity';

@InputType()
export class LensCriterionInput {
  @Field({ description: 'Stable key, e.g. "representationGap"; reviewer scores and weight overrides name it.' })
  @Matches(/^[a-zA-Z][a-zA-Z0-9_]{0,59}$/, { message: 'key must start with a letter and hold only letters, digits or _ (at most 60)' })
  key!: string;

  @Field()
  @Length(1, 160)
  label!: string;

  @Field(() => CriterionKind)
  kind!: CriterionKind;

  @Field(() => DerivedSource, { nullable: true, description: 'Required for DERIVED criteria: where the score comes from.' })
  @IsOptional()
  source?: DerivedSource | null;

  @Field(() => Float)
  @Min(0)
  weight!: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  guidance?: string | null;
}

@InputType()
export class CreateEquityLensInput {
  @Field({ description: 'Stable across revisions, e.g. "district-equity".' })
  @Matches(/^[a-z][a-z0-9-]{0,59}$/, { message: 'key must be lower-case letters, digits or -, starting with a letter' })
  key!: string;

  @Field()
  @Length(1, 160)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  stance?: string | null;

  @Field(() => [LensCriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  criteria!: LensCriterionInput[];
}

@InputType()
export class UpdateEquityLensInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 4000)
  stance?: string | null;

  @Field(() => [LensCriterionInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested()
  criteria?: LensCriterionInput[];
}

@InputType()
export class CriterionScoreInput {
  @Field({ description: 'A REVIEWED criterion of the lens.' })
  @Length(1, 60)
  criterionKey!: string;

  @Field(() => Int, { description: '"Fingers to Five": 0 (block) to 5 (full support).' })
  @Min(0)
  @Max(5)
  score!: number;
}
