import { Field, Int, ObjectType } from 'type-graphql';
import { SafeIntResolver } from 'graphql-scalars';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Request } from '../requests/request.entity';
import { Scenario } from './scenario.entity';

@ObjectType({ description: 'A request placed differently by two scenarios.' })
export class ScenarioItemChange {
  @Field(() => Request)
  request!: Request;

  @Field(() => Int, { nullable: true })
  tierA!: number | null;

  @Field(() => Int, { nullable: true })
  startYearA!: number | null;

  @Field(() => Int, { nullable: true })
  tierB!: number | null;

  @Field(() => Int, { nullable: true })
  startYearB!: number | null;
}

@ObjectType({ description: 'Money one tier uses in one year under each scenario.' })
export class TierMoneyDelta {
  @Field(() => Int)
  year!: number;

  @Field(() => Int)
  tier!: number;

  @Field(() => SafeIntResolver)
  moneyCentsA!: number;

  @Field(() => SafeIntResolver)
  moneyCentsB!: number;

  @Field(() => SafeIntResolver, { description: 'moneyCentsB − moneyCentsA.' })
  deltaCents!: number;
}

@ObjectType({ description: 'What changes from scenario a to scenario b of the same cycle.' })
export class ScenarioComparison {
  @Field(() => Scenario)
  a!: Scenario;

  @Field(() => Scenario)
  b!: Scenario;

  @Field(() => [ScenarioItemChange])
  changedItems!: ScenarioItemChange[];

  @Field(() => [TierMoneyDelta])
  moneyByYearAndTier!: TierMoneyDelta[];

  @Field(() => [FocalGroup], { description: 'Groups with a Tier 1 request in b but none in a.' })
  groupsGainedCoverage!: FocalGroup[];

  @Field(() => [FocalGroup], { description: 'Groups with a Tier 1 request in a but none in b.' })
  groupsLostCoverage!: FocalGroup[];
}
