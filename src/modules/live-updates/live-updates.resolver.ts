import { Arg, Authorized, Ctx, ID, Resolver, Subscription } from 'type-graphql';
import type { HubContext } from '../../core/context';
import type { PlanChangedEvent, RequestUpdatedEvent, ScenarioCompletedEvent, ScenarioProgressEvent, SurveyResultsPublishedEvent } from '../../core/pubsub';
import { Role } from '../../core/viewer';
import { ScenarioPhase, ScenarioProgress, ScenarioStatus } from '../scenarios/scenario.entity';
import { LiveUpdatesService } from './live-updates.service';
import { PlanChange, RequestUpdate, ScenarioCompletion, SurveyResultsPublication } from './live-updates.types';
import { Parent } from '../shared/parent';

@Resolver()
export class LiveUpdatesResolver {
  @Authorized()
  @Subscription(() => RequestUpdate, {
    description: 'Committed changes to requests. A PARTNER hears only its own partner\'s requests; a VIEWER gets them without the partner.',
    subscribe: ({ args, context }) => new LiveUpdatesService(context as HubContext).requestUpdates(args),
  })
  requestUpdated(
    @Parent() event: RequestUpdatedEvent,
    @Ctx() context: HubContext,
    @Arg('partnerId', () => ID, { nullable: true, description: 'Only requests sponsored by this partner (staff, or a PARTNER\'s own id).' }) _partnerId: string | null,
    @Arg('focalGroupId', () => ID, { nullable: true, description: 'Only requests raised by this focal group.' }) _focalGroupId: string | null,
  ): RequestUpdate {
    return new LiveUpdatesService(context).toRequestUpdate(event);
  }

  @Authorized()
  @Subscription(() => PlanChange, {
    description: 'A scenario was adopted as the plan. A PARTNER hears only plans with items for its requests.',
    subscribe: ({ args, context }) => new LiveUpdatesService(context as HubContext).planChanges(args.cycleId),
  })
  planChanged(
    @Parent() event: PlanChangedEvent,
    @Ctx() context: HubContext,
    @Arg('cycleId', () => ID, { nullable: true }) _cycleId: string | null,
  ): PlanChange {
    return new LiveUpdatesService(context).toPlanChange(event);
  }

  @Authorized()
  @Subscription(() => ScenarioCompletion, {
    description: 'A what-if tiering scenario finished running: district staff only (FORBIDDEN for partners and viewers, who see adopted plans only).',
    subscribe: ({ args, context }) => new LiveUpdatesService(context as HubContext).scenarioCompletions(args.cycleId),
  })
  scenarioCompleted(
    @Parent() event: ScenarioCompletedEvent,
    @Ctx() context: HubContext,
    @Arg('cycleId', () => ID, { nullable: true }) _cycleId: string | null,
  ): ScenarioCompletion {
    return new LiveUpdatesService(context).toScenarioCompletion(event);
  }

  @Authorized(Role.BUDGET_STAFF, Role.ADMIN)
  @Subscription(() => ScenarioProgress, {
    description: 'A scenario run moved: queued, running (one event per solver phase), then COMPLETED, FAILED or CANCELLED. Budget staff only.',
    subscribe: ({ args, context }) => new LiveUpdatesService(context as HubContext).scenarioProgress(args.scenarioId, args.cycleId),
  })
  scenarioProgress(
    @Parent() event: ScenarioProgressEvent,
    @Arg('scenarioId', () => ID, { nullable: true, description: 'One run.' }) _scenarioId: string | null,
    @Arg('cycleId', () => ID, { nullable: true, description: 'Every run of a cycle, including ones not started yet.' }) _cycleId: string | null,
  ): ScenarioProgress {
    return {
      ...event,
      status: event.status as ScenarioStatus,
      phase: event.phase as ScenarioPhase,
      occurredAt: new Date(event.occurredAt),
    };
  }

  @Authorized()
  @Subscription(() => SurveyResultsPublication, {
    description: 'New responses were imported into a survey (an aggregate notice with no private data).',
    subscribe: ({ args, context }) => new LiveUpdatesService(context as HubContext).surveyResultsPublications(args.surveyId),
  })
  surveyResultsPublished(
    @Parent() event: SurveyResultsPublishedEvent,
    @Ctx() context: HubContext,
    @Arg('surveyId', () => ID, { nullable: true }) _surveyId: string | null,
  ): SurveyResultsPublication {
    return new LiveUpdatesService(context).toSurveyResultsPublication(event);
  }
}
