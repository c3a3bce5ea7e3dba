import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { ScenarioSolverPool } from '../equity';
import { CredentialKind, Role, type Viewer } from './viewer';
import type { HubPubSub } from './pubsub';

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
  /** The server's warm solver workers; null in command-line system contexts, which never run scenarios. */
  scenarioSolver: ScenarioSolverPool | null;
}

export interface ContextDependencies {
  rootEm: EntityManager;
  pubSub: HubPubSub;
  config: AppConfig;
  /** Owned by the server (one pool per instance); command-line tools leave it out. */
  scenarioSolver?: ScenarioSolverPool;
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
    scenarioSolver: deps.scenarioSolver ?? null,
  };
}
