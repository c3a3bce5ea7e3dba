import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';

@ObjectType({
  description: 'A request still owed an answer: never answered, or nothing was said to the community since its last status change or since the community last wrote.',
})
export class UnansweredRequest {
  /** Resolved to the request by a field resolver. */
  requestId!: string;

  @Field(() => DateTimeISO, { description: 'Since when an answer is owed: the last status change (the submission for a new request), or the community\'s last message when later.' })
  waitingSince!: Date;

  @Field(() => Int, { description: 'Whole days since waitingSince.' })
  daysWaiting!: number;

  @Field({ description: 'No communication to the community was ever logged on the request.' })
  neverAnswered!: boolean;

  @Field(() => DateTimeISO, { nullable: true, description: 'The last communication to the community (before waitingSince).' })
  lastReplyAt!: Date | null;
}

@ObjectType({ description: 'A request DECLINED or IMPLEMENTED that some of its focal groups have not acknowledged yet.' })
export class RequestAwaitingAcknowledgement {
  requestId!: string;
  focalGroupIds!: string[];

  @Field(() => DateTimeISO, { description: 'When the request reached its current status.' })
  since!: Date;
}

@ObjectType({ description: 'A focal group that raised a request in an adopted plan and has not been sent the letter about it.' })
export class FocalGroupNotYetTold {
  focalGroupId!: string;
  scenarioId!: string;
  /** The plan's letter to the group that can still be sent, if one exists. */
  letterId!: string | null;

  @Field(() => DateTimeISO, { description: 'When the plan was adopted.' })
  adoptedAt!: Date;

  @Field(() => Int, { description: 'Whole days since adoption.' })
  daysSinceAdoption!: number;
}

@ObjectType({ description: 'One language within a focal group\'s communication audit.' })
export class CommunicationAuditLanguage {
  @Field({ description: 'ISO 639 code.' })
  language!: string;

  @Field({ description: 'Whether it is one of the group\'s languages.' })
  groupLanguage!: boolean;

  @Field(() => Int, { description: 'Communications to the group in this language in the period.' })
  communications!: number;

  @Field(() => Float, { nullable: true, description: 'Percent of the group\'s communications in the period that were in this language.' })
  percentOfCommunications!: number | null;

  @Field(() => Int, { description: 'Open letters to the group asked for in this language and still awaiting translation.' })
  lettersAwaitingTranslation!: number;
}

@ObjectType({ description: 'How well a focal group was communicated with in the audited period.' })
export class CommunicationAuditGroup {
  focalGroupId!: string;

  @Field(() => [String], { description: 'The group\'s languages (ISO 639 codes).' })
  languages!: string[];

  @Field(() => Int, { description: 'Communications to the community that reached the group in the period (addressed to it, or to all groups of one of its requests).' })
  communications!: number;

  @Field(() => Int, { description: 'Of those, the ones in one of the group\'s languages.' })
  communicationsInGroupLanguages!: number;

  @Field(() => Float, { nullable: true, description: 'communicationsInGroupLanguages / communications, in percent; null without communications.' })
  percentInGroupLanguages!: number | null;

  @Field(() => Int, { description: 'Requests the group raised in the period.' })
  requests!: number;

  @Field(() => Int, { description: 'Of those, the ones the group got an answer on before the period ended.' })
  answered!: number;

  @Field(() => Int, { description: 'requests - answered.' })
  unanswered!: number;

  @Field(() => Float, { nullable: true, description: 'Mean days from a request being raised to its first answer to the group; null when none was answered.' })
  meanDaysToFirstReply!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median of the same.' })
  medianDaysToFirstReply!: number | null;

  @Field(() => Int, { description: 'Open letters to the group still awaiting translation.' })
  lettersAwaitingTranslation!: number;

  @Field(() => [CommunicationAuditLanguage], { description: 'The group\'s languages and every other language it was written to in, by language code.' })
  byLanguage!: CommunicationAuditLanguage[];
}

@ObjectType({ description: 'The yearly communication audit: clarity (languages), responsiveness and follow-through per focal group.' })
export class CommunicationAudit {
  @Field(() => DateTimeISO, { description: 'Inclusive start.' })
  from!: Date;

  @Field(() => DateTimeISO, { description: 'Exclusive end.' })
  to!: Date;

  @Field(() => [CommunicationAuditGroup], { description: 'Every focal group, by name.' })
  groups!: CommunicationAuditGroup[];
}

