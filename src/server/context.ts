import type { ContextDependencies, HubContext } from '../core/context';
import { UnauthenticatedError } from '../core/errors';
import type { Viewer } from '../core/viewer';
import { authenticate } from '../modules/auth/auth.service';

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
    pubSub: deps.pubSub,
    config: deps.config,
    scenarioJobs: deps.scenarioJobs ?? null,
  };
}
