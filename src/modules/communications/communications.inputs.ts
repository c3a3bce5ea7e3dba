import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, Min } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { CommunicationChannel } from '../requests/communication.entity';
import { VersionedUpdateInput } from '../shared/inputs';
import { CommunicationDraftStatus } from './communication-draft.entity';
import type { TemplateText } from './communication-template.entity';

const LANGUAGE_CODE_MESSAGE = 'must be an ISO 639 language code such as en, es, so or kar';

@InputType({ description: 'Creates the template of a language, or replaces it (then pass the version you read).' })
export class UpsertCommunicationTemplateInput implements TemplateText {
  @Field({ description: 'ISO 639 code, e.g. "es".' })
  @Matches(LANGUAGE_CODE_PATTERN, { message: `language ${LANGUAGE_CODE_MESSAGE}` })
  language!: string;

  @Field(() => Int, { nullable: true, description: 'Required when the language already has a template.' })
  @IsOptional()
  @Min(1)
  version?: number | null;

  @Field() @Length(1, 4000) opening!: string;
  @Field() @Length(1, 1000) fundedNow!: string;
  @Field() @Length(1, 1000) fundedIfMore!: string;
  @Field() @Length(1, 1000) savedForLater!: string;
  @Field() @Length(1, 1000) declined!: string;
  @Field() @Length(1, 1000) whyMoney!: string;
  @Field() @Length(1, 1000) whyStaff!: string;
  @Field() @Length(1, 1000) whyDependency!: string;
  @Field() @Length(1, 1000) whyAlternative!: string;
  @Field() @Length(1, 1000) whyOther!: string;
  @Field() @Length(1, 4000) closing!: string;
}

@InputType()
export class CommunicationDraftFilter {
  @Field(() => [CommunicationDraftStatus], { nullable: true })
  @IsOptional()
  statuses?: CommunicationDraftStatus[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only letters still awaiting translation (a liaison\'s inbox).' })
  @IsOptional()
  needsTranslation?: boolean | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scenarioId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  focalGroupId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639 code of the text\'s language.' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: `language ${LANGUAGE_CODE_MESSAGE}` })
  language?: string | null;
}

@InputType({
  description:
    'Edits, approves or sends a draft. A text edit of an APPROVED draft sends it back to DRAFT; SENT needs an APPROVED draft and a channel, and logs the letter on the request.',
})
export class UpdateCommunicationDraftInput extends VersionedUpdateInput {
  @Field(() => String, { nullable: true, description: 'New text, e.g. the translation.' })
  @IsOptional()
  @Length(1, 20000)
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639 code of the new text; setting the requested language marks the translation done.' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: `language ${LANGUAGE_CODE_MESSAGE}` })
  language?: string | null;

  @Field(() => CommunicationDraftStatus, { nullable: true, description: 'APPROVED or SENT.' })
  @IsOptional()
  status?: CommunicationDraftStatus | null;

  @Field(() => CommunicationChannel, { nullable: true, description: 'How it was sent; required with SENT.' })
  @IsOptional()
  channel?: CommunicationChannel | null;
}
