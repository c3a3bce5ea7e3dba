import { BadUserInputError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import { assertMayFollowWhatIfs, assertMaySelectBySponsor, mayReadRequest, maySeeSponsor, visibleSponsorId } from '../../core/redaction-policy';
import type { HubContext } from '../../core/context';
import {
  Topic,
  type PlanChangedEvent,
  type RequestUpdatedEvent,
  type ScenarioCompletedEvent,
  type ScenarioProgressEvent,
  type SurveyResultsPublishedEvent,
} from '../../core/pubsub';
import { Role, type Viewer } from '../../core/viewer';
import type { RequestStatus } from '../requests/request.entity';
import { PlanChange, RequestUpdate, ScenarioCompletion, SurveyResultsPublication } from './live-updates.types';

export interface RequestUpdateFilter {
  partnerId?: string | null;
  focalGroupId?: string | null;
}

/**
 * The part of a subscriber's identity that an event's payload depends on. The redaction below
 * (`to...`) and the `@Authorized` checks read the viewer's role and partner and nothing else, so
 * subscribers with the same audience on the same operation receive the same result, and the
 * subscription server executes each event once per audience and operation. A payload that comes
 * to depend on more of the viewer must add it here, or one subscriber's result would reach another.
 */
export function payloadAudience(viewer: Viewer): string {
  return `${viewer.role}:${viewer.partnerId ?? ''}`;
}

/**
 * Who may hear what. The subscriber's viewer is fixed when it subscribes, and every event is
 * checked against it again (`filter`) and redacted for it (`to...`) by the same redaction policy
 * as HTTP and CSV (core/redaction-policy), so a PARTNER never learns about another partner's
 * requests and a VIEWER never learns which partner is behind a request.
 */
export class LiveUpdatesService {
  private readonly viewer: Viewer;

  constructor(private readonly context: HubContext) {
    this.viewer = requireViewer(context);
  }

  requestUpdates(args: RequestUpdateFilter): AsyncIterable<RequestUpdatedEvent> {
    const { partnerId, focalGroupId } = args;
    assertMaySelectBySponsor(this.viewer, partnerId);
    return this.filtered(this.context.pubSub.subscribe(Topic.REQUEST_UPDATED), (event) => {
      if (!this.mayReceiveRequestUpdate(event)) return false;
      if (partnerId && event.partnerId !== partnerId) return false;
      return !focalGroupId || event.focalGroupIds.includes(focalGroupId);
    });
  }

  planChanges(cycleId: string | null | undefined): AsyncIterable<PlanChangedEvent> {
    return this.filtered(this.context.pubSub.subscribe(Topic.PLAN_CHANGED), (event) => {
      if (this.viewer.role === Role.PARTNER && !event.partnerIds.includes(this.viewer.partnerId ?? '')) return false;
      return !cycleId || event.cycleId === cycleId;
    });
  }

  scenarioCompletions(cycleId: string | null | undefined): AsyncIterable<ScenarioCompletedEvent> {
    assertMayFollowWhatIfs(this.viewer);
    return this.filtered(this.context.pubSub.subscribe(Topic.SCENARIO_COMPLETED), (event) => !cycleId || event.cycleId === cycleId);
  }

  scenarioProgress(scenarioId: string | null | undefined, cycleId: string | null | undefined): AsyncIterable<ScenarioProgressEvent> {
    if (!scenarioId && !cycleId) throw new BadUserInputError('scenarioProgress needs a scenarioId or a cycleId');
    return this.filtered(
      this.context.pubSub.subscribe(Topic.SCENARIO_PROGRESS),
      (event) => (!scenarioId || event.scenarioId === scenarioId) && (!cycleId || event.cycleId === cycleId),
    );
  }

  surveyResultsPublications(surveyId: string | null | undefined): AsyncIterable<SurveyResultsPublishedEvent> {
    return this.filtered(this.context.pubSub.subscribe(Topic.SURVEY_RESULTS_PUBLISHED), (event) => !surveyId || event.surveyId === surveyId);
  }

  toRequestUpdate(event: RequestUpdatedEvent): RequestUpdate {
    return {
      requestId: event.requestId,
      partnerId: visibleSponsorId(this.viewer, event.partnerId),
      focalGroupIds: event.focalGroupIds,
      changedFields: event.changedFields,
      status: event.status as RequestStatus,
      version: event.version,
      occurredAt: new Date(event.occurredAt),
    };
  }

  toPlanChange(event: PlanChangedEvent): PlanChange {
    return {
      cycleId: event.cycleId,
      scenarioId: event.scenarioId,
      partnerIds: event.partnerIds.filter((partnerId) => maySeeSponsor(this.viewer, partnerId)),
      occurredAt: new Date(event.occurredAt),
    };
  }

  toScenarioCompletion(event: ScenarioCompletedEvent): ScenarioCompletion {
    return { cycleId: event.cycleId, scenarioId: event.scenarioId, occurredAt: new Date(event.occurredAt) };
  }

  toSurveyResultsPublication(event: SurveyResultsPublishedEvent): SurveyResultsPublication {
    return { surveyId: event.surveyId, rowsAccepted: event.rowsAccepted, occurredAt: new Date(event.occurredAt) };
  }

  private mayReceiveRequestUpdate(event: RequestUpdatedEvent): boolean {
    return mayReadRequest(this.viewer, event.partnerId);
  }

  /**
   * Skips the events this subscriber may not or did not ask to see. A plain iterator rather than
   * the pubsub's `filter` operator: that one adds a Repeater (and its promises) per subscriber
   * per event, which is most of the cost of a fan-out to a thousand subscribers.
   */
  private filtered<T>(events: AsyncIterable<T>, accept: (event: T) => boolean): AsyncIterableIterator<T> {
    const source = events[Symbol.asyncIterator]();
    const finished = (): IteratorResult<T> => ({ value: undefined, done: true });
    return {
      async next() {
        for (;;) {
          const step = await source.next();
          if (step.done || accept(step.value)) return step;
        }
      },
      return: async () => (await source.return?.()) ?? finished(),
      throw: async (error: unknown) => {
        await source.return?.();
        throw error;
      },
      [Symbol.asyncIterator]() {
        return this;
      },
    };
  }
}
