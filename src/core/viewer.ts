import { registerEnumType } from 'type-graphql';

export enum Role {
  ADMIN = 'ADMIN',
  BUDGET_STAFF = 'BUDGET_STAFF',
  LIAISON = 'LIAISON',
  PARTNER = 'PARTNER',
  VIEWER = 'VIEWER',
}
registerEnumType(Role, { name: 'Role' });

/** How the caller got in. */
export enum CredentialKind {
  /** A bearer token of a user. */
  API_TOKEN = 'API_TOKEN',
  /** The session cookie of a user who signed in with the district's identity provider. */
  SESSION = 'SESSION',
  /** No credentials at all: the public, who see what VIEWER sees and may not write. */
  PUBLIC = 'PUBLIC',
  /** A short-lived signed download link (exportLink), acting with the role and partner of whoever asked for it. */
  EXPORT_LINK = 'EXPORT_LINK',
  /** A command-line tool acting as the district itself. */
  SYSTEM = 'SYSTEM',
}
registerEnumType(CredentialKind, { name: 'CredentialKind' });

/** Who is asking; resolved once per request from the bearer token or the session cookie. */
export interface Viewer {
  /** Null for the public and for command-line tools. */
  userId: string | null;
  /** Names the actor in the audit trail and on what it logs. */
  label: string;
  role: Role;
  /** Set for PARTNER users: the one partner whose private data this viewer may see. */
  partnerId: string | null;
  credential: { kind: CredentialKind; id: string | null };
}

/**
 * A request without credentials. It is a VIEWER for every authorization and redaction rule, so
 * the public sees exactly what VIEWER sees; only writes tell it apart (they need credentials).
 */
export const PUBLIC_VIEWER: Viewer = Object.freeze({
  userId: null,
  label: 'public',
  role: Role.VIEWER,
  partnerId: null,
  credential: Object.freeze({ kind: CredentialKind.PUBLIC, id: null }),
});

/** District staff see everything that is not another partner's private data. */
export const STAFF_ROLES = [Role.ADMIN, Role.BUDGET_STAFF, Role.LIAISON] as const;

export function isStaff(viewer: Viewer | null): boolean {
  return viewer !== null && (STAFF_ROLES as readonly Role[]).includes(viewer.role);
}
