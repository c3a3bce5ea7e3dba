import { ForbiddenError, NotFoundError } from './errors';
import { isStaff, Role, type Viewer } from './viewer';

/**
 * The one redaction policy of the hub. GraphQL resolvers over HTTP, subscription filters and
 * payloads over WebSocket, and the CSV export routes all ask these functions, so a field is shown,
 * redacted or absent the same way whatever the transport. The README's "Security and reliability"
 * section writes the result down as a table (field x role); change both together.
 *
 * Roles: district staff (ADMIN, BUDGET_STAFF, LIAISON) see everything; a PARTNER sees its own
 * partner's private data and the public rest; VIEWER (and the public audience) sees public data only:
 * adopted plans and aggregates, never who sponsors a request, nor unadopted what-if scenarios.
 */

/** A request's sponsoring partner is private to district staff and to that partner. */
export function maySeeSponsor(viewer: Viewer, sponsorId: string | null): boolean {
  return isStaff(viewer) || (sponsorId !== null && viewer.role === Role.PARTNER && viewer.partnerId === sponsorId);
}

/** The sponsor as this viewer may see it: the id, or null when redacted. */
export function visibleSponsorId(viewer: Viewer, sponsorId: string | null): string | null {
  return maySeeSponsor(viewer, sponsorId) ? sponsorId : null;
}

/** A PARTNER reads its own partner's requests only; everyone else reads every request (sponsor redacted as above). */
export function mayReadRequest(viewer: Viewer, sponsorId: string | null): boolean {
  return viewer.role !== Role.PARTNER || (viewer.partnerId !== null && sponsorId === viewer.partnerId);
}

/**
 * Another partner's request answers exactly like a request that does not exist, so a PARTNER
 * cannot probe which ids are real.
 */
export function assertMayReadRequest(viewer: Viewer, request: { id: string; sponsorId: string | null }): void {
  if (!mayReadRequest(viewer, request.sponsorId)) throw new NotFoundError('Request', request.id);
}

/**
 * Selecting requests by sponsor (a filter or a subscription argument) would reveal sponsorship:
 * staff may name any partner, a PARTNER only its own, VIEWER none.
 */
export function assertMaySelectBySponsor(viewer: Viewer, partnerId: string | null | undefined): void {
  if (!partnerId || isStaff(viewer)) return;
  if (viewer.role === Role.PARTNER && partnerId !== viewer.partnerId) throw new ForbiddenError('A partner may only select its own requests');
  if (viewer.role === Role.VIEWER) throw new ForbiddenError('Which partner sponsors a request is not public; leave out partnerId');
}

/** The requests a partner sponsors, listed under that partner: the same rule as the sponsor field. */
export function maySeeSponsoredRequests(viewer: Viewer, partnerId: string): boolean {
  return maySeeSponsor(viewer, partnerId);
}

/** Who was told what, and who acknowledged: staff and the sponsoring partner (who only reaches its own requests). */
export function mayReadCommunications(viewer: Viewer): boolean {
  return viewer.role !== Role.VIEWER;
}

/** A partner's contacts are people's private details: staff and the partner itself. */
export function mayReadPartnerContacts(viewer: Viewer, partnerId: string): boolean {
  return isStaff(viewer) || (viewer.role === Role.PARTNER && viewer.partnerId === partnerId);
}

/** A partner's agreements and training records: staff and the partner itself (the same rule as its contacts). */
export function mayReadPartnerAgreements(viewer: Viewer, partnerId: string): boolean {
  return mayReadPartnerContacts(viewer, partnerId);
}

/**
 * A partner's services in the public directory are public while ACTIVE; an inactive one is the
 * partner's and the district's working copy, and answers everyone else like a missing id.
 */
export function mayReadResource(viewer: Viewer, resource: { partnerId: string; active: boolean }): boolean {
  return resource.active || isStaff(viewer) || (viewer.role === Role.PARTNER && viewer.partnerId === resource.partnerId);
}

/** A PARTNER manages only its own partner's services; another partner's service answers like a missing id. */
export function assertMayManageResource(viewer: Viewer, resource: { id: string; partnerId: string }): void {
  if (viewer.role === Role.PARTNER && viewer.partnerId !== resource.partnerId) throw new NotFoundError('Resource', resource.id);
}

/**
 * Referral counts (families connected to services, by school, focal group and month) are small
 * cells: district staff see them all, a PARTNER only those to its own services, VIEWER none.
 */
export function mayReadReferralsOf(viewer: Viewer, partnerId: string): boolean {
  return isStaff(viewer) || (viewer.role === Role.PARTNER && viewer.partnerId === partnerId);
}

/** What-if scenarios are staff deliberation; everyone else sees a scenario only while it is the adopted plan. */
export function mayReadScenario(viewer: Viewer, adopted: boolean): boolean {
  return isStaff(viewer) || adopted;
}

/** An unadopted scenario answers non-staff exactly like a missing id. */
export function assertMayReadScenario(viewer: Viewer, scenario: { id: string; adopted: boolean }): void {
  if (!mayReadScenario(viewer, scenario.adopted)) throw new NotFoundError('Scenario', scenario.id);
}

/** Scenario completions announce what-if runs: staff only. */
export function assertMayFollowWhatIfs(viewer: Viewer): void {
  if (!isStaff(viewer)) throw new ForbiddenError('What-if scenarios are visible to district staff only');
}

/** Staff notes on a scenario (pins and their reasons, who ran it). */
export function mayReadStaffNotes(viewer: Viewer): boolean {
  return isStaff(viewer);
}

/**
 * Personal visits with families (dates, focal group, language, topics, follow-ups) are district
 * staff only; everyone else sees how many visits there were, never one visit.
 */
export function mayReadVisitDetails(viewer: Viewer): boolean {
  return isStaff(viewer);
}
