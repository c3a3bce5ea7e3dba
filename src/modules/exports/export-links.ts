import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '../../config';
import { ExportLinkExpiredError, ExportLinkInvalidError } from '../../core/errors';
import { CredentialKind, type Role, type Viewer } from '../../core/viewer';

/** The downloads a link can be made for, and the file each one serves. */
export enum ExportKind {
  PLAN = 'PLAN',
  SURVEY_RESULTS = 'SURVEY_RESULTS',
  COMMUNICATION_AUDIT = 'COMMUNICATION_AUDIT',
  CYCLE_PABULIB = 'CYCLE_PABULIB',
  PLAN_PABULIB = 'PLAN_PABULIB',
}

export const EXPORT_PATHS: Record<ExportKind, string> = {
  [ExportKind.PLAN]: '/exports/plan.csv',
  [ExportKind.SURVEY_RESULTS]: '/exports/survey-results.csv',
  [ExportKind.COMMUNICATION_AUDIT]: '/exports/communication-audit.csv',
  [ExportKind.CYCLE_PABULIB]: '/exports/cycle.pb',
  [ExportKind.PLAN_PABULIB]: '/exports/plan.pb',
};

/** The query parameter that carries the signed link. */
export const LINK_PARAMETER = 'link';

/** What a link is signed over: the download, its parameters, who may use it and until when. */
interface LinkClaims {
  /** kind */
  k: ExportKind;
  /** the query string, parameters sorted */
  q: string;
  /** role, partner, user and label of the viewer who asked */
  r: Role;
  p: string | null;
  u: string | null;
  l: string;
  /** expiry, seconds since the epoch */
  e: number;
}

const processSecrets = new WeakMap<AppConfig, Buffer>();

/** The configured secret, or one this process made up (links then work on this instance only). */
function secretOf(config: AppConfig): Buffer {
  if (config.EXPORT_LINK_SECRET) return Buffer.from(config.EXPORT_LINK_SECRET, 'utf8');
  let secret = processSecrets.get(config);
  if (!secret) {
    secret = randomBytes(32);
    processSecrets.set(config, secret);
  }
  return secret;
}

const sign = (config: AppConfig, payload: string) => createHmac('sha256', secretOf(config)).update(`cbh-export-link.v1.${payload}`).digest();

/** The parameters in one canonical order, the signed link parameter left out. */
export function canonicalQuery(parameters: URLSearchParams | [string, string][]): string {
  const entries = (Array.isArray(parameters) ? parameters : [...parameters.entries()]).filter(([name]) => name !== LINK_PARAMETER);
  entries.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : x > y ? 1 : 0));
  return new URLSearchParams(entries).toString();
}

export interface SignedExportLink {
  /** Path and query, relative to the hub (absolute when PUBLIC_URL is set). */
  url: string;
  expiresAt: Date;
}

/** A link to `kind` with `parameters` that works without credentials until it expires, as `viewer`. */
export function signExportLink(config: AppConfig, viewer: Viewer, kind: ExportKind, parameters: [string, string][], now: Date = new Date()): SignedExportLink {
  const expiresAt = new Date(Math.floor(now.getTime() / 1000) * 1000 + config.EXPORT_LINK_TTL_SECONDS * 1000);
  const query = canonicalQuery(parameters);
  const claims: LinkClaims = { k: kind, q: query, r: viewer.role, p: viewer.partnerId, u: viewer.userId, l: viewer.label, e: expiresAt.getTime() / 1000 };
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  const token = `${payload}.${sign(config, payload).toString('base64url')}`;
  const path = `${EXPORT_PATHS[kind]}?${query}${query ? '&' : ''}${LINK_PARAMETER}=${token}`;
  return { url: config.PUBLIC_URL ? new URL(path, config.PUBLIC_URL).toString() : path, expiresAt };
}

/**
 * The viewer a link acts as, when it is this hub's, unaltered, for this download and these
 * parameters, and not expired. Throws EXPORT_LINK_INVALID or EXPORT_LINK_EXPIRED otherwise.
 */
export function verifyExportLink(config: AppConfig, kind: ExportKind, query: URLSearchParams, now: Date = new Date()): Viewer & { userId: string | null } {
  const token = query.get(LINK_PARAMETER) ?? '';
  const [payload, signature, ...rest] = token.split('.');
  if (!payload || !signature || rest.length > 0) throw new ExportLinkInvalidError('This download link is malformed; ask the hub for a new one (exportLink)');
  const expected = sign(config, payload);
  const presented = Buffer.from(signature, 'base64url');
  if (presented.length !== expected.length || !timingSafeEqual(presented, expected)) {
    throw new ExportLinkInvalidError('This download link was altered or was not made by this hub; ask for a new one (exportLink)');
  }
  let claims: LinkClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkClaims;
  } catch {
    throw new ExportLinkInvalidError('This download link is malformed; ask the hub for a new one (exportLink)');
  }
  if (claims.k !== kind || claims.q !== canonicalQuery(query)) {
    throw new ExportLinkInvalidError('This download link was made for another download or other parameters; ask for a new one (exportLink)');
  }
  if (claims.e * 1000 <= now.getTime()) {
    throw new ExportLinkExpiredError('This download link has expired; ask for a new one (exportLink)', { expiredAt: new Date(claims.e * 1000).toISOString() });
  }
  return { userId: claims.u, label: claims.l, role: claims.r, partnerId: claims.p, credential: { kind: CredentialKind.EXPORT_LINK, id: null } };
}
