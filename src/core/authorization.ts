import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';
import { CredentialKind, type Role, type Viewer } from './viewer';
import type { HubContext } from './context';

/**
 * `@Authorized(...roles)`: throws our own codes instead of type-graphql's generic "Access denied".
 * Reads are open to the public audience (when PUBLIC_READS is on); writes and subscriptions need
 * credentials, and a cookie session must also prove with its CSRF token that it is not a forged
 * cross-site request.
 */
export const authChecker: AuthChecker<HubContext, Role> = ({ context, info }, roles) => {
  const viewer = requireViewer(context);
  if (info.operation.operation !== 'query') requireCredentials(context);
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    // The public is told to sign in rather than that it may never see this.
    if (viewer.credential.kind === CredentialKind.PUBLIC) throw new UnauthenticatedError(`Sign in: requires one of the roles ${roles.join(', ')}`);
    throw new ForbiddenError(`Requires one of the roles ${roles.join(', ')}`);
  }
  return true;
};

export function requireViewer(context: HubContext): Viewer {
  if (!context.viewer) throw new UnauthenticatedError(context.authFailure ?? undefined);
  return context.viewer;
}

/** A caller that signed in or holds a token; the public audience is refused. */
export function requireCredentials(context: HubContext): Viewer {
  const viewer = requireViewer(context);
  if (viewer.credential.kind === CredentialKind.PUBLIC) throw new UnauthenticatedError('Sign in or send a bearer token to make changes');
  if (!context.csrfVerified) throw new ForbiddenError('A change made with a session cookie needs its X-CSRF-Token header (me { session { csrfToken } })');
  return viewer;
}
