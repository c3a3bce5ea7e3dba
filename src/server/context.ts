import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { ScenarioSolverPool } from '../equity';
import { Role, type Viewer } from '../modules/auth/role';
import type { HubPubSub } from './pubsub';
import { createLoaders, type Loaders } from './loaders';
import { authenticate } from '../modules/auth/auth.service';
import { UnauthenticatedError } from '../errors';

/** Everything one GraphQL operation needs: its own identity map, its own loaders, who is asking. */
export interface HubContext {
  viewer: Viewer | null;
  /** Why a presented token was refused; reported by the first root field. */
  authFailure: string | null;
  em: EntityManager;
  loaders: Loaders;
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

/** Authenticates the bearer token and forks a fresh identity map for one operation. */
export async function createContext(deps: ContextDependencies, authorization: string | null | undefined): Promise<HubContext> {
  const em = deps.rootEm.fork();
  let viewer: Viewer | null = null;
  let authFailure: string | null = null;
  try {
    viewer = await authenticate(em, authorization);
  } catch (error) {
    if (!(error instanceof UnauthenticatedError)) throw error;
    authFailure = error.message;
  }
  return {
    viewer,
    authFailure,
    em,
    loaders: createLoaders(em),
    pubSub: deps.pubSub,
    config: deps.config,
    scenarioSolver: deps.scenarioSolver ?? null,
  };
}

/**
 * A context for command-line tools and benchmarks that act as the district itself (an ADMIN
 * actor named by `label` in the audit trail) rather than for a token holder.
 */
export function createSystemContext(deps: ContextDependencies, label: string): HubContext {
  const em = deps.rootEm.fork();
  return {
    viewer: { tokenId: label, label, role: Role.ADMIN, partnerId: null },
    authFailure: null,
    em,
    loaders: createLoaders(em),
    pubSub: deps.pubSub,
    config: deps.config,
    scenarioSolver: deps.scenarioSolver ?? null,
  };
}
