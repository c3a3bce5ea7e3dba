import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import type { HubContext } from '../../core/context';
import { DEFAULT_LANGUAGE, interfaceLocale, languageName } from '../../core/languages';
import { Role } from '../../core/viewer';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { focalGroupLoaders } from '../focal-groups/focal-groups.loaders';
import { Request } from '../requests/request.entity';
import { requestLoaders } from '../requests/requests.loaders';
import { Scenario } from '../scenarios/scenario.entity';
import { scenarioLoaders } from '../scenarios/scenarios.loaders';
import { CommunicationDraft } from './communication-draft.entity';
import { CommunicationTemplate } from './communication-template.entity';
import { CommunicationDraftFilter, UpdateCommunicationDraftInput, UpsertCommunicationTemplateInput } from './communications.inputs';
import { CommunicationsService } from './communications.service';
import { Parent } from '../shared/parent';
import { communicationLoaders } from './communications.loaders';
import { CommunicationAuditService } from './communication-audit.service';
import { FollowThroughService } from './follow-through.service';
import { CommunicationAudit, CommunicationAuditGroup, CommunicationAuditLanguage, FocalGroupNotYetTold, RequestAwaitingAcknowledgement, UnansweredRequest } from './follow-through.types';

const STAFF = [Role.ADMIN, Role.LIAISON, Role.BUDGET_STAFF];
const WRITERS = [Role.ADMIN, Role.LIAISON];

@Resolver()
export class CommunicationsResolver {
  @Authorized(...STAFF)
  @Query(() => [CommunicationTemplate], { description: 'Letter templates, one per language.' })
  communicationTemplates(@Ctx() context: HubContext): Promise<CommunicationTemplate[]> {
    return new CommunicationsService(context).templates();
  }

  @Authorized(...WRITERS)
  @Mutation(() => CommunicationTemplate, { description: 'Creates or replaces a language\'s letter template; refuses internal terms and unknown placeholders.' })
  upsertCommunicationTemplate(@Arg('input') input: UpsertCommunicationTemplateInput, @Ctx() context: HubContext): Promise<CommunicationTemplate> {
    return new CommunicationsService(context).upsertTemplate(input);
  }

  @Authorized(...STAFF)
  @Query(() => [CommunicationDraft], { description: 'Letters prepared on adoption, newest first; `needsTranslation: true` is a liaison\'s inbox.' })
  communicationDrafts(
    @Arg('filter', () => CommunicationDraftFilter, { nullable: true }) filter: CommunicationDraftFilter | null,
    @Ctx() context: HubContext,
  ): Promise<CommunicationDraft[]> {
    return new CommunicationsService(context).drafts(filter);
  }

  @Authorized(...WRITERS)
  @Mutation(() => CommunicationDraft)
  updateCommunicationDraft(@Arg('input') input: UpdateCommunicationDraftInput, @Ctx() context: HubContext): Promise<CommunicationDraft> {
    return new CommunicationsService(context).updateDraft(input);
  }

  @Authorized(...WRITERS)
  @Mutation(() => CommunicationDraft, { description: 'Discards a letter that is not sent.' })
  discardCommunicationDraft(@Arg('id', () => ID) id: string, @Arg('version', () => Int) version: number, @Ctx() context: HubContext): Promise<CommunicationDraft> {
    return new CommunicationsService(context).discardDraft(id, version);
  }
}

@Resolver(() => CommunicationTemplate)
export class CommunicationTemplateResolver {
  @FieldResolver(() => String, { description: 'The language\'s name in the interface language `locale` (English by default).' })
  languageName(@Parent() template: CommunicationTemplate, @Arg('locale', () => String, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) locale: string | null): string {
    return languageName(template.language, interfaceLocale(locale ?? DEFAULT_LANGUAGE));
  }
}

@Resolver(() => CommunicationDraft)
export class CommunicationDraftResolver {
  @FieldResolver(() => String, { description: 'Name of `language` in the interface language `locale` (English by default).' })
  languageName(@Parent() draft: CommunicationDraft, @Arg('locale', () => String, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) locale: string | null): string {
    return languageName(draft.language, interfaceLocale(locale ?? DEFAULT_LANGUAGE));
  }

  @FieldResolver(() => String, { description: 'Name of `requestedLanguage` in the interface language `locale` (English by default).' })
  requestedLanguageName(@Parent() draft: CommunicationDraft, @Arg('locale', () => String, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) locale: string | null): string {
    return languageName(draft.requestedLanguage, interfaceLocale(locale ?? DEFAULT_LANGUAGE));
  }

  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() draft: CommunicationDraft, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(draft.focalGroup.id))!;
  }

  @FieldResolver(() => Request, { description: 'The request whose communication log receives the letter when sent.' })
  async request(@Parent() draft: CommunicationDraft, @Ctx() context: HubContext): Promise<Request> {
    return (await requestLoaders(context).requestById.load(draft.request.id))!;
  }

  @FieldResolver(() => Scenario, { description: 'The adopted plan the letter announces.' })
  async scenario(@Parent() draft: CommunicationDraft, @Ctx() context: HubContext): Promise<Scenario> {
    return (await scenarioLoaders(context).scenarioById.load(draft.scenario.id))!;
  }
}

@Resolver()
export class FollowThroughResolver {
  @Authorized(...STAFF)
  @Query(() => [UnansweredRequest], {
    description:
      'Requests owed an answer for at least olderThanDays days: never answered, or no communication to the community since their last status change (or since the community last wrote); longest waiting first (at most 500). liaisonId (a user) narrows them to the focal groups that user is liaison of.',
  })
  unansweredRequests(
    @Arg('olderThanDays', () => Int, { defaultValue: 0 }) olderThanDays: number,
    @Arg('liaisonId', () => ID, { nullable: true }) liaisonId: string | null,
    @Ctx() context: HubContext,
  ): Promise<UnansweredRequest[]> {
    return new FollowThroughService(context).unansweredRequests(olderThanDays, liaisonId ?? null);
  }

  @Authorized(...STAFF)
  @Query(() => [RequestAwaitingAcknowledgement], { description: 'DECLINED or IMPLEMENTED requests some focal groups have not acknowledged yet, and from whom; longest waiting first.' })
  requestsAwaitingAcknowledgement(@Arg('liaisonId', () => ID, { nullable: true }) liaisonId: string | null, @Ctx() context: HubContext): Promise<RequestAwaitingAcknowledgement[]> {
    return new FollowThroughService(context).requestsAwaitingAcknowledgement(liaisonId ?? null);
  }

  @Authorized(...STAFF)
  @Query(() => [FocalGroupNotYetTold], { description: 'Focal groups that raised a request in an adopted plan (of this cycle, or of any) and were not sent its letter yet.' })
  focalGroupsNotYetTold(@Arg('cycleId', () => ID, { nullable: true }) cycleId: string | null, @Ctx() context: HubContext): Promise<FocalGroupNotYetTold[]> {
    return new FollowThroughService(context).focalGroupsNotYetTold(cycleId ?? null);
  }

  @Authorized(...STAFF)
  @Query(() => CommunicationAudit, { description: 'The communication audit of [from, to) per focal group and language; also as CSV (exportLink kind COMMUNICATION_AUDIT).' })
  communicationAudit(@Arg('from', () => DateTimeISO) from: Date, @Arg('to', () => DateTimeISO) to: Date, @Ctx() context: HubContext): Promise<CommunicationAudit> {
    return new CommunicationAuditService(context).audit(from, to);
  }
}

@Resolver(() => UnansweredRequest)
export class UnansweredRequestResolver {
  @FieldResolver(() => Request)
  async request(@Parent() row: UnansweredRequest, @Ctx() context: HubContext): Promise<Request> {
    return (await requestLoaders(context).requestById.load(row.requestId))!;
  }
}

@Resolver(() => RequestAwaitingAcknowledgement)
export class RequestAwaitingAcknowledgementResolver {
  @FieldResolver(() => Request)
  async request(@Parent() row: RequestAwaitingAcknowledgement, @Ctx() context: HubContext): Promise<Request> {
    return (await requestLoaders(context).requestById.load(row.requestId))!;
  }

  @FieldResolver(() => [FocalGroup], { description: 'The groups whose acknowledgement is still missing, by name.' })
  async awaitingFrom(@Parent() row: RequestAwaitingAcknowledgement, @Ctx() context: HubContext): Promise<FocalGroup[]> {
    return (await focalGroupLoaders(context).focalGroupById.loadMany(row.focalGroupIds)) as FocalGroup[];
  }
}

@Resolver(() => FocalGroupNotYetTold)
export class FocalGroupNotYetToldResolver {
  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() row: FocalGroupNotYetTold, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(row.focalGroupId))!;
  }

  @FieldResolver(() => Scenario, { description: 'The adopted plan.' })
  async scenario(@Parent() row: FocalGroupNotYetTold, @Ctx() context: HubContext): Promise<Scenario> {
    return (await scenarioLoaders(context).scenarioById.load(row.scenarioId))!;
  }

  @FieldResolver(() => CommunicationDraft, { nullable: true, description: 'The plan\'s letter to the group still to be approved or sent; null when it was discarded or never drafted.' })
  letter(@Parent() row: FocalGroupNotYetTold, @Ctx() context: HubContext): Promise<CommunicationDraft | null> {
    return row.letterId ? communicationLoaders(context).communicationDraftById.load(row.letterId) : Promise.resolve(null);
  }
}

@Resolver(() => CommunicationAuditGroup)
export class CommunicationAuditGroupResolver {
  @FieldResolver(() => FocalGroup)
  async focalGroup(@Parent() row: CommunicationAuditGroup, @Ctx() context: HubContext): Promise<FocalGroup> {
    return (await focalGroupLoaders(context).focalGroupById.load(row.focalGroupId))!;
  }
}

@Resolver(() => CommunicationAuditLanguage)
export class CommunicationAuditLanguageResolver {
  @FieldResolver(() => String, { description: 'The language\'s name in the interface language `locale` (ISO 639, e.g. "es").' })
  name(@Parent() row: CommunicationAuditLanguage, @Arg('locale', () => String, { nullable: true, defaultValue: DEFAULT_LANGUAGE }) locale: string | null): string {
    return languageName(row.language, interfaceLocale(locale ?? DEFAULT_LANGUAGE));
  }
}
