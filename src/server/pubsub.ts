import { createPubSub, type PubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';
import type { AppConfig } from '../config';

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

/**
 * Puts the deployment's prefix in front of every Redis channel name, so that deployments sharing
 * one Redis do not hear each other. The pubsub keeps using the bare topic names.
 */
function withChannelPrefix(target: EventTarget, prefix: string): EventTarget {
  return {
    addEventListener: (topic, listener) => target.addEventListener(prefix + topic, listener),
    removeEventListener: (topic, listener) => target.removeEventListener(prefix + topic, listener),
    dispatchEvent: (event) => target.dispatchEvent(new CustomEvent(prefix + event.type, { detail: (event as CustomEvent).detail })),
  };
}

/** In-memory unless the config names a Redis; with Redis, events fan out across every API instance. */
export function createHubPubSub(config?: Pick<AppConfig, 'REDIS_URL' | 'REDIS_CHANNEL_PREFIX'>): PubSubHandle {
  if (!config?.REDIS_URL) {
    // Every subscription is one listener; Node's leak warning at 11 listeners would fire on any busy instance.
    const eventTarget = new EventTarget();
    setMaxListeners(0, eventTarget);
    return { pubSub: createPubSub<HubTopics>({ eventTarget: eventTarget as never }), close: async () => undefined };
  }
  const publishClient = new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const subscribeClient = new Redis(config.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 3 });
  const eventTarget = withChannelPrefix(createRedisEventTarget<CustomEvent>({ publishClient, subscribeClient }), config.REDIS_CHANNEL_PREFIX);
  return {
    pubSub: createPubSub<HubTopics>({ eventTarget: eventTarget as never }),
    close: async () => {
      await Promise.all([publishClient.quit(), subscribeClient.quit()]);
    },
  };
}
