import type { EntityManager } from '@mikro-orm/postgresql';
import type { FilterQuery } from '@mikro-orm/core';
import { BadUserInputError, ConflictError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { DEFAULT_LANGUAGE } from '../../core/languages';
import { runWrite } from '../../core/unit-of-work';
import type { BudgetCycle } from '../budgets/budget-cycle.entity';
import type { FocalGroup } from '../focal-groups/focal-group.entity';
import { Communication, CommunicationDirection } from '../requests/communication.entity';
import { Request, RequestStatus } from '../requests/request.entity';
import type { ScenarioItem } from '../scenarios/scenario-item.entity';
import type { Scenario } from '../scenarios/scenario.entity';
import { assertVersion, snapshot } from '../shared/snapshot';
import { CommunicationDraft, CommunicationDraftStatus, OPEN_DRAFT_STATUSES } from './communication-draft.entity';
import { CommunicationTemplate, TEMPLATE_PARTS, type TemplateText } from './communication-template.entity';
import type { CommunicationDraftFilter, UpdateCommunicationDraftInput, UpsertCommunicationTemplateInput } from './communications.inputs';
import { ENGLISH_TEMPLATE, renderLetter, templateProblems, type LetterOutcome, type LetterReason } from './letter';

function reasonOf(item: ScenarioItem): LetterReason {
  switch (item.reasonCode) {
    case 'MONEY_CAP':
    case 'FTE_CAP': {
      const field = item.reasonCode === 'MONEY_CAP' ? 'moneyCents' : 'fte';
      const years = (item.toMoveUp?.perYear ?? []).filter((need) => need[field] > 0).map((need) => need.year);
      return { kind: item.reasonCode === 'MONEY_CAP' ? 'MONEY' : 'STAFF', years: years.length > 0 ? years : [item.toMoveUp?.year ?? item.startYear ?? 0].filter(Boolean) };
    }
    case 'DEPENDENCY':
      return { kind: 'DEPENDENCY' };
    case 'ALTERNATIVE':
      return { kind: 'ALTERNATIVE' };
    default:
      return { kind: 'OTHER' };
  }
}

function outcomeOf(item: ScenarioItem): LetterOutcome {
  const request = item.request.title;
  if (item.tier === 1) return { kind: 'FUNDED_NOW', request, year: item.startYear! };
  if (item.tier === 2) return { kind: 'FUNDED_IF_MORE', request, year: item.startYear! };
  return { kind: 'SAVED_FOR_LATER', request, why: reasonOf(item) };
}

/**
 * Letter templates per language, the drafts an adoption prepares from them, and the drafts'
 * lifecycle DRAFT -> APPROVED -> SENT (or DISCARDED, or SUPERSEDED by a later adoption).
 */
export class CommunicationsService {
  constructor(private readonly context: HubContext) {}

  templates(): Promise<CommunicationTemplate[]> {
    return this.context.em.find(CommunicationTemplate, {}, { orderBy: { language: 'asc' } });
  }

  upsertTemplate(input: UpsertCommunicationTemplateInput): Promise<CommunicationTemplate> {
    return runWrite(this.context, async ({ em, viewer, audit }) => {
      const text = Object.fromEntries(TEMPLATE_PARTS.map((part) => [part, input[part]])) as TemplateText;
      const problems = templateProblems(text);
      if (problems.length > 0) throw new BadUserInputError(`The template cannot be used: ${problems.join('; ')}`, { problems });
      const language = input.language.toLowerCase();
      let template = await em.findOne(CommunicationTemplate, { language });
      const before = template ? snapshot(template) : null;
      if (template) {
        if (input.version == null) throw new ConflictError(`A template for "${language}" already exists; pass the version you read to replace it`, { currentVersion: template.version });
        assertVersion(template, input.version, 'CommunicationTemplate');
        em.assign(template, { ...text, updatedBy: viewer.label });
      } else {
        template = em.create(CommunicationTemplate, { language, ...text, updatedBy: viewer.label });
      }
      await em.flush();
      audit({ action: 'upsertCommunicationTemplate', entityType: 'CommunicationTemplate', entityId: template.id, before, after: snapshot(template) });
      return template;
    });
  }

  drafts(filter: CommunicationDraftFilter | null): Promise<CommunicationDraft[]> {
    const where: FilterQuery<CommunicationDraft> = {};
    if (filter?.statuses?.length) where.status = { $in: filter.statuses };
    if (filter?.needsTranslation != null) where.needsTranslation = filter.needsTranslation;
    if (filter?.scenarioId) where.scenario = filter.scenarioId;
    if (filter?.focalGroupId) where.focalGroup = filter.focalGroupId;
    if (filter?.language) where.language = filter.language.toLowerCase();
    return this.context.em.find(CommunicationDraft, where, { orderBy: { createdAt: 'desc', id: 'asc' } });
  }

  updateDraft(input: UpdateCommunicationDraftInput): Promise<CommunicationDraft> {
    return runWrite(this.context, async ({ em, viewer, audit }) => {
      const draft = await this.findOpenDraft(em, input.id, input.version);
      const before = snapshot(draft);
      if (input.body != null && input.body !== draft.body) {
        draft.body = input.body;
        if (draft.status === CommunicationDraftStatus.APPROVED) {
          draft.status = CommunicationDraftStatus.DRAFT;
          draft.approvedBy = null;
          draft.approvedAt = null;
        }
      }
      if (input.language != null) {
        draft.language = input.language.toLowerCase();
        draft.needsTranslation = draft.language !== draft.requestedLanguage;
      }
      if (input.status === CommunicationDraftStatus.APPROVED) {
        if (draft.needsTranslation) throw new BadUserInputError(`The letter is still in ${draft.language} but the group asked for ${draft.requestedLanguage}: translate it (set body and language) before approving`);
        draft.status = CommunicationDraftStatus.APPROVED;
        draft.approvedBy = viewer.label;
        draft.approvedAt = new Date();
      } else if (input.status === CommunicationDraftStatus.SENT) {
        if (draft.status !== CommunicationDraftStatus.APPROVED) throw new BadUserInputError('Only an APPROVED letter can be sent; approve it first', { status: draft.status });
        if (!input.channel) throw new BadUserInputError('Say how the letter was sent: channel is required with SENT', { field: 'channel' });
        const sentAt = new Date();
        draft.communication = em.create(Communication, {
          request: draft.request,
          focalGroup: draft.focalGroup,
          channel: input.channel,
          direction: CommunicationDirection.TO_COMMUNITY,
          language: draft.language,
          summary: draft.body,
          communicatedAt: sentAt,
          loggedBy: viewer.label,
        });
        Object.assign(draft, { status: CommunicationDraftStatus.SENT, sentBy: viewer.label, sentAt, channel: input.channel });
      } else if (input.status != null) {
        throw new BadUserInputError(`status can be set to APPROVED or SENT here (discardCommunicationDraft discards); got ${input.status}`, { field: 'status' });
      } else if (input.channel != null) {
        throw new BadUserInputError('channel is set when the letter is SENT', { field: 'channel' });
      }
      await em.flush();
      audit({ action: 'updateCommunicationDraft', entityType: 'CommunicationDraft', entityId: draft.id, before, after: snapshot(draft) });
      return draft;
    });
  }

  discardDraft(id: string, version: number): Promise<CommunicationDraft> {
    return runWrite(this.context, async ({ em, audit }) => {
      const draft = await this.findOpenDraft(em, id, version);
      const before = snapshot(draft);
      draft.status = CommunicationDraftStatus.DISCARDED;
      await em.flush();
      audit({ action: 'discardCommunicationDraft', entityType: 'CommunicationDraft', entityId: draft.id, before, after: snapshot(draft) });
      return draft;
    });
  }

  private async findOpenDraft(em: EntityManager, id: string, version: number): Promise<CommunicationDraft> {
    const draft = await em.findOne(CommunicationDraft, id);
    if (!draft) throw new NotFoundError('CommunicationDraft', id);
    assertVersion(draft, version, 'CommunicationDraft');
    if (!OPEN_DRAFT_STATUSES.includes(draft.status)) throw new BadUserInputError(`The letter is ${draft.status} and can no longer be changed`, { status: draft.status });
    return draft;
  }
}

/**
 * Inside an adoption's transaction: marks the unsent letters of every other plan of the cycle
 * SUPERSEDED, and drafts one letter per focal group that raised a request in the adopted plan,
 * in the group's first language when a template exists, else in English marked needsTranslation.
 * The letter is attached to the group's best-placed request (items come ordered by tier, rank).
 * Returns the number of letters drafted.
 */
export async function draftAdoptionLetters(em: EntityManager, scenario: Scenario, cycle: BudgetCycle, items: ScenarioItem[]): Promise<number> {
  await em.nativeUpdate(
    CommunicationDraft,
    { scenario: { cycle: cycle.id, id: { $ne: scenario.id } }, status: { $in: [...OPEN_DRAFT_STATUSES] } },
    { status: CommunicationDraftStatus.SUPERSEDED, updatedAt: new Date() },
  );
  const itemsByGroup = new Map<string, { group: FocalGroup; items: ScenarioItem[] }>();
  for (const item of items) {
    for (const group of item.request.focalGroups.getItems()) {
      const entry = itemsByGroup.get(group.id) ?? { group, items: [] };
      entry.items.push(item);
      itemsByGroup.set(group.id, entry);
    }
  }
  if (itemsByGroup.size === 0) return 0;
  const templates = new Map((await em.find(CommunicationTemplate, {})).map((template) => [template.language, template as TemplateText]));
  const declined = await em.find(
    Request,
    { status: RequestStatus.DECLINED, focalGroups: { $in: [...itemsByGroup.keys()] } },
    { populate: ['focalGroups'], orderBy: { title: 'asc' } },
  );
  // A plan adopted again after being replaced reopens its superseded letters instead of adding new ones.
  const existing = new Map((await em.find(CommunicationDraft, { scenario })).map((draft) => [draft.focalGroup.id, draft]));
  for (const { group, items: groupItems } of itemsByGroup.values()) {
    const earlier = existing.get(group.id);
    if (earlier && earlier.status !== CommunicationDraftStatus.SUPERSEDED) continue;
    const requestedLanguage = group.languages[0] ?? DEFAULT_LANGUAGE;
    const template = templates.get(requestedLanguage);
    const language = template ? requestedLanguage : DEFAULT_LANGUAGE;
    const outcomes: LetterOutcome[] = groupItems.map(outcomeOf);
    for (const request of declined) {
      if (request.focalGroups.getItems().some((raiser) => raiser.id === group.id)) outcomes.push({ kind: 'DECLINED', request: request.title });
    }
    const letter = {
      request: groupItems[0].request,
      language,
      requestedLanguage,
      needsTranslation: language !== requestedLanguage,
      body: renderLetter(template ?? templates.get(DEFAULT_LANGUAGE) ?? ENGLISH_TEMPLATE, language, { group: group.name, cycle: cycle.name, outcomes }),
    };
    if (earlier) em.assign(earlier, { ...letter, status: CommunicationDraftStatus.DRAFT, approvedBy: null, approvedAt: null });
    else em.create(CommunicationDraft, { scenario, focalGroup: group, ...letter });
  }
  return itemsByGroup.size;
}
