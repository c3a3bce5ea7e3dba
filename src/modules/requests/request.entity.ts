import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { SafeIntResolver } from 'graphql-scalars';
import { VersionedEntity } from '../shared/base.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { Partner, PriorityArea } from '../partners/partner.entity';
import { Communication } from './communication.entity';
import { RequestFocalGroup } from './request-focal-group.entity';
import { ResolutionAcknowledgement } from './resolution-acknowledgement.entity';
import { ConnectionType } from '../shared/connection';

export enum RequestStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  TIERED = 'TIERED',
  FUNDED = 'FUNDED',
  DEFERRED = 'DEFERRED',
  DECLINED = 'DECLINED',
  IMPLEMENTED = 'IMPLEMENTED',
  RESOLVED = 'RESOLVED',
}
registerEnumType(RequestStatus, { name: 'RequestStatus' });

@ObjectType({ description: 'A competing request raised by one or more focal groups.' })
@Entity()
@Index({ properties: ['createdAt', 'id'] })
export class Request extends VersionedEntity<'status' | 'dependsOn' | 'statusChangedAt'> {
  @Field()
  @Property()
  title!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => PriorityArea)
  @Enum({ items: () => PriorityArea })
  priorityArea!: PriorityArea;

  @ManyToMany({ entity: () => FocalGroup, pivotEntity: () => RequestFocalGroup })
  focalGroups = new Collection<FocalGroup>(this);

  @ManyToOne(() => Partner, { nullable: true, index: true })
  partner?: Partner | null;

  @Field(() => Int, { description: 'People the request would reach.' })
  @Property({ type: 'integer' })
  peopleImpacted!: number;

  @Field(() => SafeIntResolver, { description: 'One-time cost in the start year, in cents.' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  oneTimeCents!: number;

  @Field(() => SafeIntResolver, { description: 'Cost in every year from the start year on, in cents.' })
  @Property({ type: 'bigint', runtimeType: 'number' })
  recurringCents!: number;

  @Field(() => Float, { description: 'Staff (full-time equivalents) needed from the start year on.' })
  @Property({ type: 'decimal', precision: 6, scale: 2, runtimeType: 'number' })
  fte!: number;

  @Field(() => Int, { description: 'First fiscal year the request could start.' })
  @Property({ type: 'integer' })
  earliestYear!: number;

  @ManyToMany(() => Request, undefined, { owner: true, pivotTable: 'request_dependency', joinColumn: 'request_id', inverseJoinColumn: 'depends_on_id' })
  dependsOn = new Collection<Request>(this);

  @Field(() => String, { nullable: true, description: 'Requests sharing this key are alternatives: at most one is funded.' })
  @Property({ type: 'text', nullable: true })
  alternativeGroup?: string | null;

  @Field(() => String, { nullable: true, description: 'Survey topic whose low favourability among the focal groups signals need.' })
  @Property({ type: 'text', nullable: true })
  surveyTopic?: string | null;

  @Field(() => RequestStatus)
  @Enum({ items: () => RequestStatus, index: true })
  status: RequestStatus = RequestStatus.SUBMITTED;

  @Field(() => DateTimeISO, { description: 'When the request reached its current status (its submission for a new one); an answer is owed from then on.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  statusChangedAt: Date = new Date();

  @Field(() => String, { nullable: true, description: 'Why the request reached its current status, as noted on the last transition; public, so decisions are explained.' })
  @Property({ type: 'text', nullable: true })
  statusNote?: string | null;

  @OneToMany(() => Communication, (communication) => communication.request)
  communications = new Collection<Communication>(this);

  @OneToMany(() => ResolutionAcknowledgement, (acknowledgement) => acknowledgement.request)
  acknowledgements = new Collection<ResolutionAcknowledgement>(this);
}

@ObjectType({ description: 'Requests, newest first.' })
export class RequestConnection extends ConnectionType(Request, 'Request') {}
