import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import type { HubContext } from '../../core/context';
import { Topic } from '../../core/pubsub';
import { runWrite } from '../../core/unit-of-work';
import { Role, type Viewer } from '../../core/viewer';
import { BudgetCycle } from '../budgets/budget-cycle.entity';
import type { FocalGroup } from '../focal-groups/focal-group.entity';
import { Communication, CommunicationChannel, CommunicationDirection } from '../requests/communication.entity';
import { Request, RequestStatus } from '../requests/request.entity';
import { Allocation } from './allocation.entity';
import { buildScenarioProblem, type ScenarioSettings } from './problem-builder';
import type { ScenarioComparison, ScenarioItemChange, TierMoneyDelta } from './scenario-comparison';
import { ScenarioItem } from './scenario-item.entity';
import { Scenario, ScenarioStatus } from './scenario.entity';
import { budgetLoaders } from '../budgets/budgets.loaders';
import { requestLoaders } from '../requests/requests.loaders';
import { scenarioLoaders } from './scenarios.loaders';

/** Adoption never reopens work that is done or was turned down. */
const SETTLED_STATUSES: readonly RequestStatus[] = [RequestStatus.IMPLEMENTED, RequestStatus.RESOLVED, RequestStatus.DECLINED];

const STATUS_BY_TIER: Record<number, RequestStatus> = { 1: RequestStatus.FUNDED, 2: RequestStatus.TIERED, 3: RequestStatus.DEFERRED };

function settingsOf(scenario: Scenario): ScenarioSettings {
  return {
    cycleId: scenario.cycle.id,
    lensId: scenario.lens.id,
    solver: scenario.solver,
    discount: scenario.discount,
    coverageBonus: scenario.coverageBonus,
    mipGap: scenario.mipGap,
    capAdjustments: scenario.capAdjustments,
    weightOverrides: scenario.weightOverrides,
    pins: scenario.pins,
  };
}

/** Partner apps see only their own requests' places in a plan; everyone else sees the whole (public) plan. */
export function visibleToViewer<T extends { request: Request }>(viewer: Viewer, rows: T[]): T[] {
  if (viewer.role !== Role.PARTNER) return rows;
  return rows.filter((row) => row.request.partner?.id === viewer.partnerId);
}

function describeItem(item: ScenarioItem): string {
  const title = `"${item.request.title}"`;
  if (item.tier === 1) return `Funded: ${title}, starting FY${item.startYear}. ${item.reason}`;
  if (item.tier === 2) return `Funded first if more money or staff become available: ${title}, from FY${item.startYear}. ${item.reason}`;
  return `Saved for later: ${title}. Why: ${item.reason}`;
}

export class ScenarioService {
  constructor(private readonly context: HubContext) {}

  async scenarios(cycleId: string): Promise<Scenario[]> {
    if (!(await budgetLoaders(this.context).budgetCycleById.load(cycleId))) throw new NotFoundError('BudgetCycle', cycleId);
    return this.context.em.find(Scenario, { cycle: cycleId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  async scenario(id: string): Promise<Scenario> {
    const scenario = await scenarioLoaders(this.context).scenarioById.load(id);
    if (!scenario) throw new NotFoundError('Scenario', id);
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
   * DEFERRED; IMPLEMENTED, RESOLVED and DECLINED requests are left alone), and drafts one letter
   * per focal group that raised a request in it. A Communication belongs to a request, so each
   * group's letter is attached to its best-placed request (lowest tier, then rank) and names the group.
   */
  adoptScenario(id: string): Promise<Scenario> {
    return runWrite(this.context, async ({ em, viewer, audit, publish }) => {
      const scenario = await em.findOne(Scenario, id, { populate: ['cycle'] });
      if (!scenario) throw new NotFoundError('Scenario', id);
      if (scenario.status !== ScenarioStatus.COMPLETED) throw new BadUserInputError(`Scenario "${scenario.name}" is ${scenario.status} and cannot be adopted`);
      // Serialises adoptions of one cycle, so two concurrent adoptions cannot both keep their allocations.
      const cycle = await em.findOneOrFail(BudgetCycle, scenario.cycle.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      await this.assertInputsUnchanged(em, scenario);

      const now = new Date();
      const replaced = await em.find(Scenario, { cycle, adoptedAt: { $ne: null }, supersededAt: null, id: { $ne: scenario.id } });
      for (const previous of replaced) previous.supersededAt = now;
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
      }

      const itemsByGroup = new Map<string, { group: FocalGroup; items: ScenarioItem[] }>();
      for (const item of items) {
        for (const group of item.request.focalGroups.getItems()) {
          const entry = itemsByGroup.get(group.id) ?? { group, items: [] };
          entry.items.push(item);
          itemsByGroup.set(group.id, entry);
        }
      }
      for (const { group, items: groupItems } of itemsByGroup.values()) {
        em.create(Communication, {
          request: groupItems[0].request,
          focalGroup: group,
          channel: CommunicationChannel.LETTER,
          direction: CommunicationDirection.TO_COMMUNITY,
          language: group.languages[0] ?? 'English',
          summary: [`The district adopted the plan "${scenario.name}" for ${cycle.name}. For ${group.name}:`, ...groupItems.map(describeItem)].join('\n'),
          communicatedAt: now,
          loggedBy: viewer.label,
          draft: true,
        });
      }
      await em.flush();

      audit({
        action: 'adoptScenario',
        entityType: 'Scenario',
        entityId: scenario.id,
        before: { adoptedScenarioIds: replaced.map((previous) => previous.id) },
        after: { cycleId: cycle.id, allocations: allocationCount, statusChanges: changed.length, draftCommunications: itemsByGroup.size },
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

  async plan(cycleId: string): Promise<Allocation[]> {
    const viewer = requireViewer(this.context);
    if (!(await budgetLoaders(this.context).budgetCycleById.load(cycleId))) throw new NotFoundError('BudgetCycle', cycleId);
    const where = viewer.role === Role.PARTNER ? { cycle: cycleId, request: { partner: viewer.partnerId } } : { cycle: cycleId };
    return this.context.em.find(Allocation, where, { orderBy: { fiscalYear: 'asc', tier: 'asc', request: { id: 'asc' } } });
  }

  private async assertInputsUnchanged(em: EntityManager, scenario: Scenario): Promise<void> {
    let hash: string;
    try {
      hash = (await buildScenarioProblem(em, settingsOf(scenario), this.context.config.MIN_CELL_SIZE)).inputsHash;
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
