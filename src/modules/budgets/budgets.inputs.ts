import { Field, Float, InputType, Int } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';
import { BudgetCycleStatus } from './budget-cycle.entity';

export const MIN_CYCLE_YEARS = 2;
export const MAX_CYCLE_YEARS = 10;

@InputType({ description: 'The Tier 1 (base) and Tier 2 (added) envelopes of one fiscal year.' })
export class FiscalYearInput {
  @Field(() => Int)
  @Min(2000)
  @Max(2200)
  year!: number;

  @Field(() => SafeIntResolver)
  @Min(0)
  tier1MoneyCents!: number;

  @Field(() => Float)
  @Min(0)
  @Max(999999)
  tier1Fte!: number;

  @Field(() => SafeIntResolver)
  @Min(0)
  tier2MoneyCents!: number;

  @Field(() => Float)
  @Min(0)
  @Max(999999)
  tier2Fte!: number;
}

@InputType()
export class CreateBudgetCycleInput {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field(() => BudgetCycleStatus, { defaultValue: BudgetCycleStatus.OPEN })
  status!: BudgetCycleStatus;

  @Field(() => [FiscalYearInput], { description: `${MIN_CYCLE_YEARS} to ${MAX_CYCLE_YEARS} consecutive years, in any order.` })
  @ArrayMinSize(MIN_CYCLE_YEARS)
  @ArrayMaxSize(MAX_CYCLE_YEARS)
  @ValidateNested({ each: true })
  fiscalYears!: FiscalYearInput[];
}

/** Omitted fields stay as they are; `fiscalYears` replaces the whole set (years kept keep their ids). */
@InputType()
export class UpdateBudgetCycleInput extends VersionedUpdateInput {
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string | null;

  @Field(() => BudgetCycleStatus, { nullable: true })
  @IsOptional()
  status?: BudgetCycleStatus | null;

  @Field(() => [FiscalYearInput], { nullable: true })
  @IsOptional()
  @ArrayMinSize(MIN_CYCLE_YEARS)
  @ArrayMaxSize(MAX_CYCLE_YEARS)
  @ValidateNested({ each: true })
  fiscalYears?: FiscalYearInput[] | null;
}
