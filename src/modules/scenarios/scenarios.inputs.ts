import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsPositive, Length, Max, Min, ValidateNested } from 'class-validator';
import { DEFAULT_MIP_GAP, MAX_MIP_GAP, ScenarioSolver } from './scenario.entity';

@InputType({ description: 'e.g. { year: 2028, tier: null, moneyPercent: -5, ftePercent: -20 }: revenue -5% and staff -20% in FY2028.' })
export class CapAdjustmentInput {
  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: '1 or 2; null (default) adjusts both tiers.' })
  @IsOptional()
  @IsIn([1, 2])
  tier?: number | null;

  @Field(() => Float, { defaultValue: 0 })
  @Min(-100)
  @Max(1000)
  moneyPercent!: number;

  @Field(() => Float, { defaultValue: 0 })
  @Min(-100)
  @Max(1000)
  ftePercent!: number;
}

@InputType()
export class WeightOverrideInput {
  @Field()
  @Length(1, 60)
  criterionKey!: string;

  @Field(() => Float)
  @Min(0)
  weight!: number;
}

@InputType({ description: 'Force a request into a tier and start year, or keep it out of Tiers 1 and 2 (excluded).' })
export class ScenarioPinInput {
  @Field(() => ID)
  requestId!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsIn([1, 2])
  tier?: number | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  startYear?: number | null;

  @Field({ defaultValue: false })
  excluded!: boolean;

  @Field({ description: 'Why; quoted in the request\'s explanation.' })
  @Length(1, 500)
  reason!: string;
}

@InputType()
export class RunScenarioInput {
  @Field(() => ID)
  cycleId!: string;

  @Field()
  @Length(1, 160)
  name!: string;

  @Field(() => ID, { description: 'The lens revision to score with.' })
  lensId!: string;

  @Field(() => ScenarioSolver, { defaultValue: ScenarioSolver.OPTIMAL })
  solver!: ScenarioSolver;

  @Field(() => Float, { defaultValue: 0.9, description: 'Value of starting one year later, as a factor (0 < discount <= 1).' })
  @IsPositive()
  @Max(1)
  discount!: number;

  @Field(() => Float, { defaultValue: 0, description: 'Objective bonus per focal group with at least one funded request.' })
  @Min(0)
  coverageBonus!: number;

  @Field(() => Float, {
    defaultValue: DEFAULT_MIP_GAP,
    description:
      'OPTIMAL stops once each tier is proven within this relative gap of the best possible objective (0.01 = 1%). ' +
      '0 asks for a proof of optimality, which on hundreds of requests often runs into the time limit.',
  })
  @Min(0)
  @Max(MAX_MIP_GAP)
  mipGap!: number;

  @Field(() => [CapAdjustmentInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested()
  capAdjustments?: CapAdjustmentInput[] | null;

  @Field(() => [WeightOverrideInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested()
  weightOverrides?: WeightOverrideInput[] | null;

  @Field(() => [ScenarioPinInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(1000)
  @ValidateNested()
  pins?: ScenarioPinInput[] | null;

  @Field(() => Int, { defaultValue: 0, description: 'Queue priority 0..10: higher runs first; first come, first served within a priority.' })
  @IsInt()
  @Min(0)
  @Max(10)
  priority!: number;
}
