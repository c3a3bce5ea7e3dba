import { Entity, Enum, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Communication, CommunicationChannel } from '../requests/communication.entity';
import { Request } from '../requests/request.entity';
import { Scenario } from '../scenarios/scenario.entity';

export enum CommunicationDraftStatus {
  DRAFT = 'DRAFT',
  APPROVED = 'APPROVED',
  /** Sent; the letter is in the request's communication log. */
  SENT = 'SENT',
  /** A later adoption replaced the plan this letter announced before it was sent. */
  SUPERSEDED = 'SUPERSEDED',
  DISCARDED = 'DISCARDED',
}
registerEnumType(CommunicationDraftStatus, { name: 'CommunicationDraftStatus' });

/** Drafts that can still be edited, approved, sent or discarded. */
export const OPEN_DRAFT_STATUSES: readonly CommunicationDraftStatus[] = [CommunicationDraftStatus.DRAFT, CommunicationDraftStatus.APPROVED];

@ObjectType({ description: 'A letter to a focal group about an adopted plan, prepared on adoption, approved and sent by staff.' })
@Entity()
@Unique({ properties: ['scenario', 'focalGroup'] })
@Index({ properties: ['status', 'needsTranslation'] })
export class CommunicationDraft extends VersionedEntity<'status' | 'approvedBy' | 'approvedAt' | 'sentBy' | 'sentAt' | 'channel' | 'communication'> {
  @ManyToOne(() => Scenario)
  scenario!: Scenario;

  @ManyToOne(() => FocalGroup)
  focalGroup!: FocalGroup;

  /** The group's best-placed request in the plan: a sent letter joins its communication log. */
  @ManyToOne(() => Request)
  request!: Request;

  @Field({ description: 'ISO 639 code of the language the text is written in.' })
  @Property()
  language!: string;

  @Field({ description: 'ISO 639 code of the language the group asked for; differs from `language` while a translation is needed.' })
  @Property()
  requestedLanguage!: string;

  @Field({ description: 'No template exists in the group\'s language: the text is in English and needs translating before it is sent.' })
  @Property()
  needsTranslation!: boolean;

  @Field()
  @Property({ type: 'text' })
  body!: string;

  @Field(() => CommunicationDraftStatus)
  @Enum({ items: () => CommunicationDraftStatus })
  status: CommunicationDraftStatus = CommunicationDraftStatus.DRAFT;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  approvedBy: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => String, { nullable: true })
  @Property({ nullable: true })
  sentBy: string | null = null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  sentAt: Date | null = null;

  @Field(() => CommunicationChannel, { nullable: true })
  @Enum({ items: () => CommunicationChannel, nullable: true })
  channel: CommunicationChannel | null = null;

  @ManyToOne(() => Communication, { nullable: true })
  communication: Communication | null = null;
}
