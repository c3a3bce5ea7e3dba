import { createPubSub } from '@graphql-yoga/subscription';
import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { Redis } from 'ioredis';
import { setMaxListeners } from 'node:events';
import type { AppConfig } from '../config';
import type { HubPubSub, HubTopics } from '../core/pubsub';

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
