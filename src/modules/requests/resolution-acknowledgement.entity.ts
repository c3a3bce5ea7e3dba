import { Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../shared/base.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import type { Request } from './request.entity';

@ObjectType({ description: 'A focal group\'s acknowledgement that its request was answered; RESOLVED needs one from every group.' })
@Entity()
@Unique({ properties: ['request', 'focalGroup'] })
export class ResolutionAcknowledgement extends BaseEntity {
  @ManyToOne({ entity: 'Request' })
  request!: Request;

  @ManyToOne(() => FocalGroup)
  focalGroup!: FocalGroup;

  @Field({ description: 'Who acknowledged on behalf of the group (e.g. the group\'s spokesperson, as recorded by the liaison).' })
  @Property()
  acknowledgedBy!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
