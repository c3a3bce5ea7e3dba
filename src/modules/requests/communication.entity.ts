import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { BaseEntity } from '../shared/base.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import type { Request } from './request.entity';

export enum CommunicationChannel {
  MEETING = 'MEETING',
  EMAIL = 'EMAIL',
  PHONE = 'PHONE',
  TEXT_MESSAGE = 'TEXT_MESSAGE',
  LETTER = 'LETTER',
  HOME_VISIT = 'HOME_VISIT',
  WEBSITE = 'WEBSITE',
}
registerEnumType(CommunicationChannel, { name: 'CommunicationChannel' });

export enum CommunicationDirection {
  TO_COMMUNITY = 'TO_COMMUNITY',
  FROM_COMMUNITY = 'FROM_COMMUNITY',
}
registerEnumType(CommunicationDirection, { name: 'CommunicationDirection' });

@ObjectType({ description: 'One entry of a request\'s communication log: what was told to whom, when, in which language.' })
@Entity()
export class Communication extends BaseEntity<'draft'> {
  @ManyToOne({ entity: 'Request', index: true })
  request!: Request;

  @ManyToOne(() => FocalGroup, { nullable: true })
  focalGroup?: FocalGroup | null;

  @Field(() => CommunicationChannel)
  @Enum({ items: () => CommunicationChannel })
  channel!: CommunicationChannel;

  @Field(() => CommunicationDirection)
  @Enum({ items: () => CommunicationDirection })
  direction!: CommunicationDirection;

  @Field({ description: 'Language the message was delivered in.' })
  @Property()
  language!: string;

  @Field()
  @Property({ type: 'text' })
  summary!: string;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  communicatedAt!: Date;

  @Field({ description: 'Staff member (or partner) who logged it.' })
  @Property()
  loggedBy!: string;

  @Field({ description: 'Drafts are prepared by the system (e.g. on plan adoption) and still need sending.' })
  @Property()
  draft: boolean = false;
}
