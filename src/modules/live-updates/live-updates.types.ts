import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { RequestStatus } from '../requests/request.entity';

@ObjectType({ description: 'A request changed: enough to update a client\'s copy without refetching it.' })
export class RequestUpdate {
  @Field(() => ID)
  requestId!: string;

  @Field(() => ID, { nullable: true, description: 'Sponsoring partner; shown to district staff and to that partner only, null for everyone else.' })
  partnerId!: string | null;

  @Field(() => [ID])
  focalGroupIds!: string[];

  @Field(() => [String], { description: 'Names of the fields (or log entries, e.g. "communications") the write changed.' })
  changedFields!: string[];

  @Field(() => RequestStatus)
  status!: RequestStatus;

  @Field(() => Int, { description: 'The request\'s version after the write; a client holding an older one is stale.' })
  version!: number;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

@ObjectType({ description: 'A scenario was adopted as a cycle\'s plan.' })
export class PlanChange {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => ID, { description: 'The scenario now adopted as the plan.' })
  scenarioId!: string;

  @Field(() => [ID], { description: 'Partners with plan items in the new plan: all of them for staff, only the own partner for a PARTNER, none for a VIEWER.' })
  partnerIds!: string[];

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

@ObjectType({ description: 'A tiering scenario finished running.' })
export class ScenarioCompletion {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => ID)
  scenarioId!: string;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

@ObjectType({ description: 'New survey responses were imported, so the survey\'s results changed.' })
export class SurveyResultsPublication {
  @Field(() => ID)
  surveyId!: string;

  @Field(() => Int, { description: 'Responses accepted by the import.' })
  rowsAccepted!: number;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}
