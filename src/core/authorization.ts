import type { AuthChecker } from 'type-graphql';
import { ForbiddenError, UnauthenticatedError } from './errors';
import type { Role, Viewer } from './viewer';
import type { HubContext } from './context';

/** `@Authorized(...roles)`: throws our own codes instead of type-graphql's generic "Access denied". */
export const authChecker: AuthChecker<HubContext, Role> = ({ context }, roles) => {
  const viewer = requireViewer(context);
  if (roles.length > 0 && !roles.includes(viewer.role)) {
    throw new ForbiddenError(`Requires one of the roles ${roles.join(', ')}`);
  }
  return true;
};

export function requireViewer(context: HubContext): Viewer {
  if (!context.viewer) throw new UnauthenticatedError(context.authFailure ?? undefined);
  return context.viewer;
}
