import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  BUDGET_STAFF = 'BUDGET_STAFF',
  LIAISON = 'LIAISON',
  PARTNER = 'PARTNER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role' });

/** Who is asking; resolved once per request from the bearer token. */
export interface Viewer {
  tokenId: string;
  label: string;
  role: Role;
  /** Set for PARTNER tokens: the one partner whose private data this viewer may see. */
  partnerId: string | null;
}

/** District staff see everything that is not another partner's private data. */
export const STAFF_ROLES = [Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON] as const;

export function isStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (STAFF_ROLES as readonly Role[]).includes(viewer.role);
}
