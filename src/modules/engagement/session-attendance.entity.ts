import { Entity, ManyToOne, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import type { EngagementSession } from './engagement-session.entity';

@ObjectType({ description: 'How many members of a focal group attended a session.' })
@Entity()
export class SessionAttendance {
  [PrimaryKeyProp]?: ['session', 'focalGroup'];

  @ManyToOne({ entity: 'EngagementSession', primary: true, deleteRule: 'cascade' })
  session!: EngagementSession;

  @ManyToOne(() => FocalGroup, { primary: true })
  focalGroup!: FocalGroup;

  @Field(() => Int)
  @Property({ type: 'integer' })
  count!: number;
}
