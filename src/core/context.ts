import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { ScenarioProblem } from '../equity';
import { CredentialKind, Role, type Viewer } from './viewer';
import type { HubPubSub } from './pubsub';
import type { CredentialCache } from './credential-cache';

/** Everything one GraphQL operation needs: its own identity map (loaders hang off it), who is asking. */
export interface HubContext {
  viewer: Viewer | null;
  /** Why presented credentials were refused; reported by the first root field. */
  authFailure: string | null;
  /**
   * False for a session cookie whose request did not prove it comes from the hub's own pages
   * (no matching X-CSRF-Token header): such a request may read but not write.
   */
  csrfVerified: boolean;
  em: EntityManager;
  pubSub: HubPubSub;
  config: AppConfig;
  /** The durable scenario queue shared by every instance; null in command-line contexts, which never run scenarios. */
  scenarioJobs: ScenarioJobQueue | null;
}

/** A scenario waiting to be solved: the problem as it stood when staff asked for the run. */
export interface ScenarioJob {
  scenarioId: string;
  priority: number;
  problem: ScenarioProblem;
}

/** The queue of scenario runs; the server provides it, features use it. */
export interface ScenarioJobQueue {
  /** Queues the job inside `em`'s transaction, so a rolled-back scenario is never solved. */
  enqueue(em: EntityManager, job: ScenarioJob): Promise<void>;
  /** Drops a queued job, or stops a running one on whichever instance runs it. */
  cancel(scenarioId: string): Promise<void>;
}

export interface ContextDependencies {
  rootEm: EntityManager;
  pubSub: HubPubSub;
  config: AppConfig;
  /** Owned by the server; command-line tools leave it out. */
  scenarioJobs?: ScenarioJobQueue;
  /** Owned by the server: credentials found good recently (command-line tools read them every time). */
  credentialCache?: CredentialCache;
}

/**
 * A context for command-line tools and benchmarks that act as the district itself (an ADMIN
 * actor named by `label` in the audit trail) rather than for a token holder.
 */
export function createSystemContext(deps: ContextDependencies, label: string): HubContext {
  const em = deps.rootEm.fork();
  return {
    viewer: { userId: null, label, role: Role.ADMIN, partnerId: null, credential: { kind: CredentialKind.SYSTEM, id: null } },
    authFailure: null,
    csrfVerified: true,
    em,
    pubSub: deps.pubSub,
    config: deps.config,
    scenarioJobs: deps.scenarioJobs ?? null,
  };
}
