import { DriverException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import { assertMayReadScenario, mayReadScenario } from '../../core/redaction-policy';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { Role, type Viewer } from '../../core/viewer';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import type { FocalGroup } from '../focal-groups/focal-group.entity';
import { draftAdoptionLetters } from '../communications/communications.service';
import { Request, RequestStatus } from '../requests/request.entity';
import { findPlain } from '../shared/plain-rows';
import type { ListPrefetch } from '../shared/prefetch';
import { Allocation } from './allocation.entity';
import { buildScenarioProblem, settingsOfScenario } from './problem-builder';
import type { ScenarioComparison, ScenarioItemChange, TierMoneyDelta } from './scenario-comparison';
import { ScenarioItem } from './scenario-item.entity';
import { isAdopted, Scenario, ScenarioStatus } from './scenario.entity';
import { budgetLoaders } from '../budgets/budgets.loaders';
import { requestLoaders } from '../requests/requests.loaders';
import { scenarioLoaders } from './scenarios.loaders';

/** Adoption never reopens work that is done or was turned down. */
const SETTLED_STATUSES: readonly RequestStatus[] = [RequestStatus.IMPLEMENTED, RequestStatus.RESOLVED, RequestStatus.DECLINED];

const STATUS_BY_TIER: Record<number, RequestStatus> = { 1: RequestStatus.FUNDED, 2: RequestStatus.TIERED, 3: RequestStatus.DEFERRED };

/** PostgreSQL's SQLSTATE when NOWAIT finds the row locked. */
const LOCK_NOT_AVAILABLE = '55P03';

/**
 * Adoptions running on this instance, by scenario id: a second caller adopting the same scenario
 * waits for the first without taking a connection, then answers with its result. Only an
 * optimisation of waiting; the database lock is what serialises adoptions across instances.
 */
const adoptionsInFlight = new Map<string, Promise<Scenario>>();

/** Partner apps see only their own requests' places in a plan; everyone else sees the whole (public) plan. */
export function visibleToViewer<T extends { request: Request }>(viewer: Viewer, rows: T[]): T[] {
  if (viewer.role !== Role.PARTNER) return rows;
  return rows.filter((row) => row.request.partner?.id === viewer.partnerId);
}

export class ScenarioService {
  constructor(private readonly context: HubContext) {}

  /** Staff list every scenario of the cycle; everyone else only the adopted plan's (redaction policy). */
  async scenarios(cycleId: string): Promise<Scenario[]> {
    if (!(await budgetLoaders(this.context).budgetCycleById.load(cycleId))) throw new NotFoundError('BudgetCycle', cycleId);
    const viewer = requireViewer(this.context);
    const scenarios = await this.context.em.find(Scenario, { cycle: cycleId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return scenarios.filter((scenario) => mayReadScenario(viewer, isAdopted(scenario)));
  }

  /** An unadopted what-if answers non-staff like a missing id. */
  async scenario(id: string): Promise<Scenario> {
    const scenario = await scenarioLoaders(this.context).scenarioById.load(id);
    if (!scenario) throw new NotFoundError('Scenario', id);
    assertMayReadScenario(requireViewer(this.context), { id, adopted: isAdopted(scenario) });
    return scenario;
  }

  async items(scenario: Scenario): Promise<ScenarioItem[]> {
    return visibleToViewer(requireViewer(this.context), await scenarioLoaders(this.context).itemsByScenario.load(scenario.id));
  }

  async compareScenarios(aId: string, bId: string): Promise<ScenarioComparison> {
    const viewer = requireViewer(this.context);
    const [a, b] = await Promise.all([this.scenario(aId), this.scenario(bId)]);
    if (a.cycle.id !== b.cycle.id) throw new BadUserInputError('Only scenarios of the same budget cycle can be compared', { cycleA: a.cycle.id, cycleB: b.cycle.id });
    const [itemsA, itemsB] = await Promise.all([scenarioLoaders(this.context).itemsByScenario.load(a.id), scenarioLoaders(this.context).itemsByScenario.load(b.id)]);
    const byRequestA = new Map(itemsA.map((item) => [item.request.id, item]));
    const byRequestB = new Map(itemsB.map((item) => [item.request.id, item]));

    const requests = new Map([...itemsA, ...itemsB].map((item) => [item.request.id, item.request]));
    const changed: ScenarioItemChange[] = [];
    for (const request of requests.values()) {
      const inA = byRequestA.get(request.id);
      const inB = byRequestB.get(request.id);
      if (inA?.tier === inB?.tier && inA?.startYear === inB?.startYear) continue;
      changed.push({ request, tierA: inA?.tier ?? null, startYearA: inA?.startYear ?? null, tierB: inB?.tier ?? null, startYearB: inB?.startYear ?? null });
    }
    changed.sort((x, y) => (x.tierB ?? 4) - (y.tierB ?? 4) || (byRequestB.get(x.request.id)?.rank ?? 0) - (byRequestB.get(y.request.id)?.rank ?? 0) || (x.request.id < y.request.id ? -1 : 1));

    const money = new Map<string, TierMoneyDelta>();
    const addMoney = (items: ScenarioItem[], side: 'moneyCentsA' | 'moneyCentsB') => {
      for (const item of items) {
        if (item.tier > 2) continue;
        for (const allocation of item.allocations) {
          const key = `${allocation.year}:${item.tier}`;
          const row = money.get(key) ?? { year: allocation.year, tier: item.tier, moneyCentsA: 0, moneyCentsB: 0, deltaCents: 0 };
          row[side] += allocation.moneyCents;
          money.set(key, row);
        }
      }
    };
    addMoney(itemsA, 'moneyCentsA');
    addMoney(itemsB, 'moneyCentsB');
    const moneyByYearAndTier = [...money.values()]
      .map((row) => ({ ...row, deltaCents: row.moneyCentsB - row.moneyCentsA }))
      .sort((x, y) => x.year - y.year || x.tier - y.tier);

    const groupsOf = await requestLoaders(this.context).focalGroupsByRequest.loadMany([...requests.keys()]);
    const groupsByRequest = new Map([...requests.keys()].map((id, index) => [id, groupsOf[index] instanceof Error ? [] : (groupsOf[index] as FocalGroup[])]));
    const covered = (items: ScenarioItem[]) => {
      const groups = new Map<string, FocalGroup>();
      for (const item of items) if (item.tier === 1) for (const group of groupsByRequest.get(item.request.id) ?? []) groups.set(group.id, group);
      return groups;
    };
    const coveredA = covered(itemsA);
    const coveredB = covered(itemsB);
    const byName = (x: FocalGroup, y: FocalGroup) => x.name.localeCompare(y.name);
    return {
      a,
      b,
      changedItems: visibleToViewer(viewer, changed),
      moneyByYearAndTier,
      groupsGainedCoverage: [...coveredB.values()].filter((group) => !coveredA.has(group.id)).sort(byName),
      groupsLostCoverage: [...coveredA.values()].filter((group) => !coveredB.has(group.id)).sort(byName),
    };
  }

  /**
   * Adopts a scenario as the cycle's plan in one transaction, refusing (CONFLICT) when the
   * requests, scores, caps or lens behind it changed since it was run. Replaces the previous
   * plan's allocations, moves request statuses to the tier (Tier 1 FUNDED, Tier 2 TIERED, Tier 3
   * DEFERRED; IMPLEMENTED, RESOLVED and DECLINED requests are left alone), supersedes the unsent
   * letters of the plan it replaces and drafts one letter per focal group that raised a request in
   * it (see draftAdoptionLetters).
   *
   * Adoption is serialised per cycle and idempotent. Adopting the adopted scenario again changes
   * nothing. Concurrent callers adopting the same scenario on this instance wait for the one in
   * flight without holding a database connection and then get its result; any other adoption of
   * the cycle meanwhile (another scenario, or another instance) fails fast with CONFLICT because the
   * cycle's row lock is taken with NOWAIT, so waiting adopters never exhaust the connection pool.
   * The database keeps at most one adopted scenario per cycle (a partial unique index).
   */
  async adoptScenario(id: string): Promise<Scenario> {
    const inFlight = adoptionsInFlight.get(id);
    if (inFlight) await inFlight.catch(() => undefined);
    const current = await this.context.em.findOne(Scenario, id, { refresh: true });
    if (!current) throw new NotFoundError('Scenario', id);
    if (isAdopted(current)) return current;
    if (adoptionsInFlight.has(id)) return this.adoptScenario(id);
    const adoption = this.adoptOnce(id);
    adoptionsInFlight.set(id, adoption);
    try {
      return await adoption;
    } finally {
      adoptionsInFlight.delete(id);
    }
  }

  private adoptOnce(id: string): Promise<Scenario> {
    return runWrite(this.context, async ({ em, audit, publish }) => {
      const found = await em.findOne(Scenario, id, { populate: ['cycle'], refresh: true });
      if (!found) throw new NotFoundError('Scenario', id);
      const scenario = found;
      if (scenario.status !== ScenarioStatus.COMPLETED) throw new BadUserInputError(`Scenario "${scenario.name}" is ${scenario.status} and cannot be adopted`);
      const cycle = await this.lockCycleForAdoption(em, scenario);
      // Another instance may have adopted it between our check and the lock.
      if (isAdopted(scenario)) return scenario;
      await this.assertInputsUnchanged(em, scenario);

      const now = new Date();
      const replaced = await em.find(Scenario, { cycle, adoptedAt: { $ne: null }, supersededAt: null, id: { $ne: scenario.id } });
      for (const previous of replaced) previous.supersededAt = now;
      // The previous plan is superseded in the database before this one is marked adopted, so the
      // one-adopted-scenario-per-cycle index never sees two at once.
      await em.flush();
      await em.nativeDelete(Allocation, { cycle });
      scenario.adoptedAt = now;
      scenario.supersededAt = null;

      const items = await em.find(ScenarioItem, { scenario }, { populate: ['request', 'request.focalGroups'], orderBy: { tier: 'asc', rank: 'asc' } });
      let allocationCount = 0;
      for (const item of items) {
        if (item.tier > 2) continue;
        for (const allocation of item.allocations) {
          em.create(Allocation, { request: item.request, cycle, scenario, fiscalYear: allocation.year, tier: item.tier, moneyCents: allocation.moneyCents, fte: allocation.fte });
          allocationCount += 1;
        }
      }

      const changed: Array<{ request: Request; before: RequestStatus }> = [];
      for (const item of items) {
        const target = STATUS_BY_TIER[item.tier];
        if (SETTLED_STATUSES.includes(item.request.status) || item.request.status === target) continue;
        changed.push({ request: item.request, before: item.request.status });
        item.request.status = target;
        item.request.statusNote = item.reason;
        // A new status owes the community a new answer (unansweredRequests).
        item.request.statusChangedAt = new Date();
      }

      const draftLetters = await draftAdoptionLetters(em, scenario, cycle, items);
      await em.flush();

      audit({
        action: 'adoptScenario',
        entityType: 'Scenario',
        entityId: scenario.id,
        before: { adoptedScenarioIds: replaced.map((previous) => previous.id) },
        after: { cycleId: cycle.id, allocations: allocationCount, statusChanges: changed.length, draftLetters },
      });
      const occurredAt = now.toISOString();
      for (const { request, before } of changed) {
        audit({ action: 'adoptScenario', entityType: 'Request', entityId: request.id, before: { status: before }, after: { status: request.status, scenarioId: scenario.id } });
        publish({
          topic: Topic.REQUEST_UPDATED,
          payload: {
            requestId: request.id,
            partnerId: request.partner?.id ?? null,
            focalGroupIds: request.focalGroups.getItems().map((group) => group.id),
            changedFields: ['status', 'statusNote'],
            status: request.status,
            version: request.version,
            occurredAt,
          },
        });
      }
      const partnerIds = new Set(items.filter((item) => item.tier <= 2 && item.request.partner).map((item) => item.request.partner!.id));
      publish({ topic: Topic.PLAN_CHANGED, payload: { cycleId: cycle.id, scenarioId: scenario.id, partnerIds: [...partnerIds].sort(), occurredAt } });
      return scenario;
    });
  }

  async plan(cycleId: string, prefetch?: ListPrefetch): Promise<Allocation[]> {
    const viewer = requireViewer(this.context);
    if (!(await budgetLoaders(this.context).budgetCycleById.load(cycleId))) throw new NotFoundError('BudgetCycle', cycleId);
    const where = viewer.role === Role.PARTNER ? { cycle: cycleId, request: { partner: viewer.partnerId } } : { cycle: cycleId };
    return findPlain(this.context.em, Allocation, where, { orderBy: { fiscalYear: 'asc', tier: 'asc', request: 'asc' }, prefetch });
  }

  /**
   * Takes the cycle's row lock for this transaction without waiting: a second adoption of the
   * cycle answers CONFLICT at once instead of holding a pooled connection while it waits. NO KEY
   * UPDATE, so rows that merely reference the cycle (new scenarios, allocations) are not blocked.
   */
  private async lockCycleForAdoption(em: EntityManager, scenario: Scenario): Promise<BudgetCycle> {
    try {
      await em.execute('select id from budget_cycle where id = ? for no key update nowait', [scenario.cycle.id]);
    } catch (error) {
      if (error instanceof DriverException && error.code === LOCK_NOT_AVAILABLE) {
        throw new ConflictError(`Another adoption of budget cycle "${scenario.cycle.name}" is in progress; try again in a moment`, { cycleId: scenario.cycle.id });
      }
      throw error;
    }
    return scenario.cycle;
  }

  private async assertInputsUnchanged(em: EntityManager, scenario: Scenario): Promise<void> {
    let hash: string;
    try {
      hash = (await buildScenarioProblem(em, settingsOfScenario(scenario), this.context.config.MIN_CELL_SIZE)).inputsHash;
    } catch (error) {
      if (error instanceof BadUserInputError) throw new ConflictError(`Scenario "${scenario.name}" no longer fits the data (${error.message}); run it again`);
      throw error;
    }
    if (hash !== scenario.inputsHash) {
      throw new ConflictError(`The requests, scores, caps or lens behind scenario "${scenario.name}" changed since it was run; run it again before adopting`, {
        scenarioId: scenario.id,
      });
    }
  }
}
