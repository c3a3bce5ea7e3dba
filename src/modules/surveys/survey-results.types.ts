import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

/** What survey aggregates can be grouped by. The declaration order is the canonical order of a table's dimensions. */
export enum SurveyDimension {
  WAVE = 'WAVE',
  TOPIC = 'TOPIC',
  ITEM = 'ITEM',
  REGION = 'REGION',
  SCHOOL = 'SCHOOL',
  FOCAL_GROUP = 'FOCAL_GROUP',
  LANGUAGE = 'LANGUAGE',
}
registerEnumType(SurveyDimension, { name: 'SurveyDimension' });

export enum SuppressionReason {
  SMALL_CELL = 'SMALL_CELL',
  COMPLEMENTARY = 'COMPLEMENTARY',
}
registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'SMALL_CELL: fewer counted respondents than minCellSize (respondents of small publication classes are never counted).',
  valuesConfig: {
    COMPLEMENTARY: { deprecationReason: 'No longer produced: small groups are withheld from every figure, so no cell needs hiding to protect another.' },
  },
});

@ObjectType({ description: 'The values of the grouped dimensions of an aggregate; ungrouped ones are null.' })
export class SurveyGroup {
  @Field(() => ID, { nullable: true })
  waveId!: string | null;

  @Field(() => String, { nullable: true })
  topic!: string | null;

  @Field(() => ID, { nullable: true })
  itemId!: string | null;

  @Field(() => ID, { nullable: true })
  regionId!: string | null;

  @Field(() => ID, { nullable: true })
  schoolId!: string | null;

  @Field(() => ID, { nullable: true })
  focalGroupId!: string | null;

  @Field(() => String, { nullable: true })
  language!: string | null;
}

@ObjectType({
  description:
    'One aggregate over the respondents whose publication class knows every grouped and filtered dimension (see the README, "Security and reliability"); every figure is null when the cell is suppressed.',
})
export class SurveyResultCell {
  @Field(() => SurveyGroup)
  group!: SurveyGroup;

  @Field()
  suppressed!: boolean;

  @Field(() => SuppressionReason, { nullable: true })
  suppression!: SuppressionReason | null;

  @Field(() => Int, { nullable: true, description: 'n: distinct respondents.' })
  respondents!: number | null;

  @Field(() => Int, { nullable: true, description: 'Answers counted (a respondent answers several items of a topic).' })
  answers!: number | null;

  @Field(() => Float, { nullable: true, description: '0..100: share of answers in the favourable range of their item.' })
  percentFavourable!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean answer on the items\' scale.' })
  mean!: number | null;
}

@ObjectType()
export class SurveyResults {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => [SurveyDimension])
  groupBy!: SurveyDimension[];

  @Field(() => Int, { description: 'No aggregate over fewer respondents than this is returned.' })
  minCellSize!: number;

  @Field(() => [SurveyResultCell])
  cells!: SurveyResultCell[];
}

@ObjectType({ description: 'Change of a topic between two consecutive waves for one group.' })
export class SurveyTrend {
  @Field(() => SurveyGroup, { description: 'waveId is null; see fromWaveId / toWaveId.' })
  group!: SurveyGroup;

  @Field(() => ID)
  fromWaveId!: string;

  @Field(() => ID)
  toWaveId!: string;

  @Field(() => Float, { description: 'Years between the two waves\' fielding dates.' })
  years!: number;

  @Field({ description: 'True when either wave\'s cell is suppressed; the figures are then null.' })
  suppressed!: boolean;

  @Field(() => Float, { nullable: true })
  fromPercentFavourable!: number | null;

  @Field(() => Float, { nullable: true })
  toPercentFavourable!: number | null;

  @Field(() => Float, { nullable: true, description: 'Percentage points of favourability gained (negative: lost).' })
  changeInPoints!: number | null;

  @Field(() => Float, { nullable: true, description: 'changeInPoints / years: "+1 point per year" is pointsPerYear >= 1.' })
  pointsPerYear!: number | null;

  @Field(() => Float, { nullable: true, description: 'Change of the mean answer.' })
  changeInMean!: number | null;
}
