import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';

/** What a partner app or dashboard needs to update without refetching. */
export interface RequestUpdatedEvent {
  requestId: string;
  partnerId: string | null;
  focalGroupIds: string[];
  changedFields: string[];
  status: string;
  version: number;
  occurredAt: string;
}

export interface PlanChangedEvent {
  cycleId: string;
  scenarioId: string;
  /** Partners whose requests have plan items in the adopted plan; PARTNER subscribers are filtered by it. */
  partnerIds: string[];
  occurredAt: string;
}

export interface ScenarioCompletedEvent {
  cycleId: string;
  scenarioId: string;
  occurredAt: string;
}

export interface SurveyResultsPublishedEvent {
  surveyId: string;
  rowsAccepted: number;
  occurredAt: string;
}

export const Topic = {
  REQUEST_UPDATED: 'REQUEST_UPDATED',
  PLAN_CHANGED: 'PLAN_CHANGED',
  SCENARIO_COMPLETED: 'SCENARIO_COMPLETED',
  SURVEY_RESULTS_PUBLISHED: 'SURVEY_RESULTS_PUBLISHED',
} as const;

export type HubTopics = {
  [Topic.REQUEST_UPDATED]: [RequestUpdatedEvent];
  [Topic.PLAN_CHANGED]: [PlanChangedEvent];
  [Topic.SCENARIO_COMPLETED]: [ScenarioCompletedEvent];
  [Topic.SURVEY_RESULTS_PUBLISHED]: [SurveyResultsPublishedEvent];
};

export type HubEvent = {
  [K in keyof HubTopics]: { topic: K; payload: HubTopics[K][0] };
}[keyof HubTopics];

export type HubPubSub = PubSub<HubTopics>;

export interface PubSubHandle {
  pubSub: HubPubSub;
  close(): Promise<void>;
}

/** In-memory by default; with Redis, events fan out across every API instance. */
export function createHubPubSub(redisUrl?: string): PubSubHandle {
  if (!redisUrl) {
    // Every subscription is one listener; Node's leak warning at 11 listeners would fire on any busy instance.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubSub: createPubSub<HubTopics>({ eventTarget: eventTarget as never }), close: async () => undefined };
  }
  const publishClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(redisUrl, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = createRedisEventTarget<any>({ publishClient, subscribeClient });
  return {
    pubSub: createPubSub<HubTopics>({ eventTarget }),
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
