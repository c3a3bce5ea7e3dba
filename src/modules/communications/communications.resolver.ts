import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { HubContext } from '../../core/context';
import { languageName } from '../../core/languages';
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
  @FieldResolver(() => String, { description: 'The language\'s name in English.' })
  languageName(@Parent() template: CommunicationTemplate): string {
    return languageName(template.language);
  }
}

@Resolver(() => CommunicationDraft)
export class CommunicationDraftResolver {
  @FieldResolver(() => String, { description: 'Name of `language` in English.' })
  languageName(@Parent() draft: CommunicationDraft): string {
    return languageName(draft.language);
  }

  @FieldResolver(() => String, { description: 'Name of `requestedLanguage` in English.' })
  requestedLanguageName(@Parent() draft: CommunicationDraft): string {
    return languageName(draft.requestedLanguage);
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
