import type { EntityClass, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import { assertMayReadRequest, assertMaySelectBySponsor, mayReadCommunications, mayReadRequest, maySeeSponsoredRequests, visibleSponsorId } from '../../core/redaction-policy';
import type { HubContext } from '../../core/context';
import { Topic, type HubEvent } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { Role, type Viewer } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Partner } from '../partners/partner.entity';
import { paginate } from '../shared/connection';
import { andThen, prefetched, type ListPrefetch } from '../shared/prefetch';
import { assertVersion, snapshot } from '../shared/snapshot';
import { Communication } from './communication.entity';
import { ACKNOWLEDGEABLE_STATUSES, assertTransitionAllowed } from './request-lifecycle';
import { Request, RequestStatus, type RequestConnection } from './request.entity';
import type { AcknowledgeResolutionInput, LogCommunicationInput, RequestFilter, SubmitRequestInput, UpdateRequestInput } from './requests.inputs';
import { ResolutionAcknowledgement } from './resolution-acknowledgement.entity';
import { requestLoaders } from './requests.loaders';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_NOTE_LENGTH = 2000;
const MAX_HORIZON_YEARS = 50;

/** The request as its GraphQL fields show it (relations as ids): compared to list changedFields, kept in the audit trail. */
type RequestState = Record<string, unknown>;

function requestState(request: Request): RequestState {
  return {
    title: request.title,
    description: request.description,
    priorityArea: request.priorityArea,
    focalGroups: request.focalGroups.getItems().map((group) => group.id).sort(),
    partner: request.partner?.id ?? null,
    peopleImpacted: request.peopleImpacted,
    oneTimeCents: request.oneTimeCents,
    recurringCents: request.recurringCents,
    fte: request.fte,
    earliestYear: request.earliestYear,
    dependsOn: request.dependsOn.getItems().map((dependency) => dependency.id).sort(),
    alternativeGroup: request.alternativeGroup ?? null,
    surveyTopic: request.surveyTopic ?? null,
    status: request.status,
    statusNote: request.statusNote ?? null,
  };
}

function changedFields(before: RequestState, after: RequestState): string[] {
  return Object.keys(after).filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
}

function auditState(request: Request, state: RequestState): Record<string, unknown> {
  return { id: request.id, version: request.version, ...state };
}

function requestUpdated(request: Request, fields: string[]): HubEvent {
  return {
    topic: Topic.REQUEST_UPDATED,
    payload: {
      requestId: request.id,
      partnerId: request.partner?.id ?? null,
      focalGroupIds: request.focalGroups.getItems().map((group) => group.id),
      changedFields: fields,
      status: request.status,
      version: request.version,
      occurredAt: new Date().toISOString(),
    },
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** Finds every id or names the first missing one; duplicates collapse. */
async function findAllOrFail<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>, entityName: string, ids: readonly string[]): Promise<T[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await em.find(entity, { id: { $in: unique } } as unknown as FilterQuery<T>);
  const found = new Set(rows.map((row) => row.id));
  const missing = unique.find((id) => !found.has(id));
  if (missing) throw new NotFoundError(entityName, missing);
  return rows;
}

export class RequestsService {
  constructor(private readonly context: HubContext) {}

  private get viewer(): Viewer {
    return requireViewer(this.context);
  }

  /** PARTNER tokens see their own partner's requests only; everyone else sees every request (see the redaction policy). */
  canSee(request: Request): boolean {
    return mayReadRequest(this.viewer, request.partner?.id ?? null);
  }

  visible(requests: Request[]): Request[] {
    return requests.filter((request) => this.canSee(request));
  }

  private assertCanSee(request: Request): void {
    assertMayReadRequest(this.viewer, { id: request.id, sponsorId: request.partner?.id ?? null });
  }

  requests(filter: RequestFilter | null, first: number, after: string | null, prefetch?: ListPrefetch): Promise<RequestConnection> {
    const conditions: FilterQuery<Request>[] = [];
    if (filter?.status) conditions.push({ status: { $in: filter.status } });
    if (filter?.priorityArea) conditions.push({ priorityArea: filter.priorityArea });
    if (filter?.focalGroupId) conditions.push({ focalGroups: { $some: { id: filter.focalGroupId } } });
    if (filter?.regionId) conditions.push({ focalGroups: { $some: { region: filter.regionId } } });
    if (filter?.partnerId) conditions.push({ partner: filter.partnerId });
    if (filter?.search) conditions.push({ title: { $ilike: `%${escapeLike(filter.search)}%` } });
    if (filter?.minEarliestYear != null) conditions.push({ earliestYear: { $gte: filter.minEarliestYear } });
    if (filter?.maxEarliestYear != null) conditions.push({ earliestYear: { $lte: filter.maxEarliestYear } });
    const viewer = this.viewer;
    assertMaySelectBySponsor(viewer, filter?.partnerId);
    if (viewer.role === Role.PARTNER) conditions.push({ partner: viewer.partnerId });
    return paginate(this.context.em, Request, conditions.length > 0 ? { $and: conditions } : {}, {
      sort: [
        { field: 'createdAt', direction: 'desc' },
        { field: 'id', direction: 'desc' },
      ],
      first,
      after,
    }, prefetch);
  }

  async request(id: string): Promise<Request> {
    const request = UUID_PATTERN.test(id) ? await requestLoaders(this.context).requestById.load(id) : null;
    if (!request) throw new NotFoundError('Request', id);
    this.assertCanSee(request);
    return request;
  }

  /** Another partner's requests are not listed (nor counted) for a PARTNER token. */
  async dependsOn(request: Request): Promise<Request[]> {
    return this.visible(await requestLoaders(this.context).dependenciesByRequest.load(request.id));
  }

  /** The sponsoring partner's id, or null when there is none or the viewer may not know it. */
  sponsorId(request: Request): string | null {
    return visibleSponsorId(this.viewer, request.partner?.id ?? null);
  }

  /** Who was told what is private to staff and the sponsoring partner: the public (VIEWER) sees an empty log. */
  communications(request: Request): Communication[] | Promise<Communication[]> {
    if (!mayReadCommunications(this.viewer)) return [];
    return prefetched<Communication[]>(request, 'communications') ?? requestLoaders(this.context).communicationsByRequest.load(request.id);
  }

  /** Acknowledgements name community members, so the public (VIEWER) sees none; `awaitingAcknowledgementFrom` stays public. */
  async acknowledgements(request: Request): Promise<ResolutionAcknowledgement[]> {
    if (!mayReadCommunications(this.viewer)) return [];
    return requestLoaders(this.context).acknowledgementsByRequest.load(request.id);
  }

  async awaitingAcknowledgementFrom(request: Request): Promise<FocalGroup[]> {
    const [groups, acknowledgements] = await Promise.all([
      requestLoaders(this.context).focalGroupsByRequest.load(request.id),
      requestLoaders(this.context).acknowledgementsByRequest.load(request.id),
    ]);
    const acknowledged = new Set(acknowledgements.map((acknowledgement) => acknowledgement.focalGroup.id));
    return groups.filter((group) => !acknowledged.has(group.id)).sort((a, b) => a.name.localeCompare(b.name));
  }

  totalCostCents(request: Request, horizonYears: number): number {
    if (!Number.isInteger(horizonYears) || horizonYears < 1 || horizonYears > MAX_HORIZON_YEARS) {
      throw new BadUserInputError(`horizonYears must be between 1 and ${MAX_HORIZON_YEARS}`, { horizonYears });
    }
    return request.oneTimeCents + request.recurringCents * horizonYears;
  }

  requestsOfFocalGroup(group: FocalGroup): Request[] | Promise<Request[]> {
    const newestVisibleFirst = (requests: Request[]) => this.visible(requests).sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
    return andThen(prefetched<Request[]>(group, 'requests') ?? requestLoaders(this.context).requestsByFocalGroup.load(group.id), newestVisibleFirst);
  }

  /** Listing a partner's requests reveals who sponsors them: empty unless the viewer may see that sponsor. */
  requestsOfPartner(partner: Partner): Request[] | Promise<Request[]> {
    if (!maySeeSponsoredRequests(this.viewer, partner.id)) return [];
    return prefetched<Request[]>(partner, 'requests') ?? requestLoaders(this.context).requestsByPartner.load(partner.id);
  }

  submitRequest(input: SubmitRequestInput): Promise<Request> {
    return runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      const partnerId = viewer.role === Role.PARTNER ? this.ownPartnerId(viewer, input.partnerId) : (input.partnerId ?? null);
      const partner = partnerId ? (await findAllOrFail(em, Partner, 'Partner', [partnerId]))[0] : null;
      const focalGroups = await findAllOrFail(em, FocalGroup, 'FocalGroup', input.focalGroupIds);
      const dependsOn = await this.findDependencies(em, input.dependsOnIds);
      const request = em.create(Request, {
        title: input.title,
        description: input.description,
        priorityArea: input.priorityArea,
        partner,
        peopleImpacted: input.peopleImpacted,
        oneTimeCents: input.oneTimeCents,
        recurringCents: input.recurringCents,
        fte: input.fte,
        earliestYear: input.earliestYear,
        alternativeGroup: input.alternativeGroup ?? null,
        surveyTopic: input.surveyTopic ?? null,
      });
      request.focalGroups.set(focalGroups);
      request.dependsOn.set(dependsOn);
      await em.flush();
      await this.assertNoDependencyCycle(em, request);
      const state = requestState(request);
      audit({ action: 'submitRequest', entityType: 'Request', entityId: request.id, after: auditState(request, state) });
      publish(requestUpdated(request, Object.keys(state)));
      return request;
    });
  }

  updateRequest(input: UpdateRequestInput): Promise<Request> {
    return runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      const request = await this.findForWrite(em, input.id);
      assertVersion(request, input.version, 'Request');
      if (request.status === RequestStatus.RESOLVED) throw new BadUserInputError(`Request ${request.id} is RESOLVED and can no longer be changed`);
      const cleared = (['title', 'description', 'priorityArea', 'focalGroupIds', 'peopleImpacted', 'oneTimeCents', 'recurringCents', 'fte', 'earliestYear', 'dependsOnIds'] as const).filter(
        (field) => input[field] === null,
      );
      if (cleared.length > 0) throw new BadUserInputError(`These fields cannot be cleared: ${cleared.join(', ')}`, { fields: cleared });
      await em.populate(request, ['focalGroups', 'dependsOn']);
      const before = requestState(request);
      const beforeAudit = auditState(request, before);

      const { id: _id, version: _version, focalGroupIds, dependsOnIds, partnerId, ...scalarChanges } = input;
      em.assign(request, Object.fromEntries(Object.entries(scalarChanges).filter(([, value]) => value !== undefined)));
      if (partnerId !== undefined) {
        if (viewer.role === Role.PARTNER && partnerId === null) throw new ForbiddenError('A partner cannot remove its own sponsorship');
        const newPartnerId = viewer.role === Role.PARTNER ? this.ownPartnerId(viewer, partnerId) : partnerId;
        request.partner = newPartnerId ? (await findAllOrFail(em, Partner, 'Partner', [newPartnerId]))[0] : null;
      }
      if (focalGroupIds) request.focalGroups.set(await findAllOrFail(em, FocalGroup, 'FocalGroup', focalGroupIds));
      if (dependsOnIds) {
        if (dependsOnIds.includes(request.id)) throw new BadUserInputError('A request cannot depend on itself', { field: 'dependsOnIds' });
        request.dependsOn.set(await this.findDependencies(em, dependsOnIds));
      }

      const after = requestState(request);
      const fields = changedFields(before, after);
      // A no-op update is not a change: no version bump, audit entry or event.
      if (fields.length === 0) return request;
      // Changing only the focal groups or dependencies touches pivot rows, not the request row: bump the version explicitly.
      request.updatedAt = new Date();
      await em.flush();
      await this.assertNoDependencyCycle(em, request);
      audit({ action: 'updateRequest', entityType: 'Request', entityId: request.id, before: beforeAudit, after: auditState(request, after) });
      publish(requestUpdated(request, fields));
      return request;
    });
  }

  /**
   * Moves a request along the lifecycle. The note explains the decision: it becomes the request's
   * public `statusNote` (and so part of the audit `after`); a transition without a note clears it.
   * Reopening a DECLINED request withdraws the answer the groups acknowledged, so their
   * acknowledgements are removed and must be given again for the new answer.
   */
  transitionRequest(id: string, to: RequestStatus, note: string | null, version: number | null): Promise<Request> {
    return runWrite(this.context, async ({ em, audit, publish }) => {
      const request = await this.findForWrite(em, id);
      if (version != null) assertVersion(request, version, 'Request');
      const from = request.status;
      assertTransitionAllowed(from, to);
      const statusNote = note?.trim() || null;
      if (statusNote && statusNote.length > MAX_NOTE_LENGTH) throw new BadUserInputError(`note must be at most ${MAX_NOTE_LENGTH} characters`);
      await em.populate(request, ['focalGroups', 'dependsOn']);
      if (to === RequestStatus.RESOLVED) await this.assertAllAcknowledged(em, request);
      const before = requestState(request);
      const beforeAudit = auditState(request, before);
      request.status = to;
      request.statusNote = statusNote;
      if (to !== from) request.statusChangedAt = new Date();
      const fields = changedFields(before, requestState(request));
      fields.push('allowedTransitions');
      if (ACKNOWLEDGEABLE_STATUSES.includes(from) && to !== RequestStatus.RESOLVED) {
        const withdrawn = await em.nativeDelete(ResolutionAcknowledgement, { request });
        if (withdrawn > 0) fields.push('acknowledgements', 'awaitingAcknowledgementFrom');
      }
      await em.flush();
      audit({ action: 'transitionRequest', entityType: 'Request', entityId: request.id, before: beforeAudit, after: auditState(request, requestState(request)) });
      publish(requestUpdated(request, fields));
      return request;
    });
  }

  logCommunication(input: LogCommunicationInput): Promise<Communication> {
    return runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      const request = await this.findForWrite(em, input.requestId);
      await em.populate(request, ['focalGroups']);
      const focalGroup = input.focalGroupId ? this.groupOfRequest(request, input.focalGroupId) : null;
      const communication = em.create(Communication, {
        request,
        focalGroup,
        channel: input.channel,
        direction: input.direction,
        language: input.language,
        summary: input.summary,
        communicatedAt: input.communicatedAt,
        loggedBy: viewer.label,
      });
      await em.flush();
      audit({ action: 'logCommunication', entityType: 'Communication', entityId: communication.id, after: snapshot(communication) });
      publish(requestUpdated(request, ['communications']));
      return communication;
    });
  }

  acknowledgeResolution(input: AcknowledgeResolutionInput): Promise<Request> {
    return runWrite(this.context, async ({ em, audit, publish }) => {
      const request = await this.findForWrite(em, input.requestId);
      if (!ACKNOWLEDGEABLE_STATUSES.includes(request.status)) {
        throw new BadUserInputError(
          `A resolution can be acknowledged once the request is ${ACKNOWLEDGEABLE_STATUSES.join(' or ')}; it is ${request.status}`,
          { status: request.status },
        );
      }
      await em.populate(request, ['focalGroups']);
      const focalGroup = this.groupOfRequest(request, input.focalGroupId);
      const existing = await em.findOne(ResolutionAcknowledgement, { request, focalGroup });
      if (existing) throw new ConflictError(`${focalGroup.name} has already acknowledged request ${request.id}`, { acknowledgementId: existing.id });
      const acknowledgement = em.create(ResolutionAcknowledgement, {
        request,
        focalGroup,
        acknowledgedBy: input.acknowledgedBy,
        note: input.note ?? null,
      });
      await em.flush();
      audit({ action: 'acknowledgeResolution', entityType: 'ResolutionAcknowledgement', entityId: acknowledgement.id, after: snapshot(acknowledgement) });
      publish(requestUpdated(request, ['acknowledgements', 'awaitingAcknowledgementFrom']));
      return request;
    });
  }

  /** A PARTNER acts for its own partner only: naming another is FORBIDDEN; naming none means its own. */
  private ownPartnerId(viewer: Viewer, requested: string | null | undefined): string {
    if (!viewer.partnerId) throw new ForbiddenError('This partner token is not linked to a partner');
    if (requested && requested !== viewer.partnerId) throw new ForbiddenError('A partner may only act for its own partner');
    return viewer.partnerId;
  }

  private async findForWrite(em: EntityManager, id: string): Promise<Request> {
    const request = UUID_PATTERN.test(id) ? await em.findOne(Request, id) : null;
    if (!request) throw new NotFoundError('Request', id);
    this.assertCanSee(request);
    return request;
  }

  private async findDependencies(em: EntityManager, ids: readonly string[]): Promise<Request[]> {
    const dependencies = await findAllOrFail(em, Request, 'Request', ids);
    dependencies.forEach((dependency) => this.assertCanSee(dependency));
    return dependencies;
  }

  private groupOfRequest(request: Request, focalGroupId: string): FocalGroup {
    const group = request.focalGroups.getItems().find((candidate) => candidate.id === focalGroupId);
    if (!group) {
      const names = request.focalGroups.getItems().map((candidate) => candidate.name);
      throw new BadUserInputError(`Focal group ${focalGroupId} did not raise this request; its groups are: ${names.join(', ')}`, { focalGroupId });
    }
    return group;
  }

  private async assertAllAcknowledged(em: EntityManager, request: Request): Promise<void> {
    const acknowledgements = await em.find(ResolutionAcknowledgement, { request });
    const acknowledged = new Set(acknowledgements.map((acknowledgement) => acknowledgement.focalGroup.id));
    const awaiting = request.focalGroups
      .getItems()
      .filter((group) => !acknowledged.has(group.id))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (awaiting.length === 0) return;
    throw new BadUserInputError(
      `A request is RESOLVED only once every focal group acknowledged it; still waiting for: ${awaiting.map((group) => group.name).join(', ')}`,
      { awaitingAcknowledgementFrom: awaiting.map((group) => group.id) },
    );
  }

  /**
   * Runs after the pivot rows are written, inside the transaction, so it sees the graph as it
   * will be committed; a cycle throws and the whole write rolls back.
   */
  private async assertNoDependencyCycle(em: EntityManager, request: Request): Promise<void> {
    const rows = await em.execute<{ origin: string }[]>(
      `with recursive walk(origin, id) as (
         select depends_on_id, depends_on_id from request_dependency where request_id = ?
         union
         select walk.origin, dependency.depends_on_id from request_dependency dependency join walk on dependency.request_id = walk.id
       )
       select distinct origin from walk where id = ?`,
      [request.id, request.id],
    );
    if (rows.length === 0) return;
    const origins = rows.map((row) => row.origin).sort();
    throw new BadUserInputError(`dependsOn would create a dependency cycle: ${origins.join(', ')} already depend(s) on request ${request.id}`, {
      field: 'dependsOnIds',
      cycleThrough: origins,
    });
  }
}
