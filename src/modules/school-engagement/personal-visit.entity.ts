import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { FocalGroup } from '../focal-groups/focal-group.entity';
import { EngagementPhase } from './engagement-phase.entity';

/**
 * A listening visit between a parent or guardian and a staff member. By design it has no field for
 * a family's name, address or contact: it records who the family is only as a focal group and a
 * language, and the free text (topics, follow-ups) is refused when it looks like an e-mail address
 * or a phone number. Details are district staff only (see mayReadVisitDetails).
 */
@ObjectType({ description: 'A personal visit with a parent or guardian; never names, addresses or contacts of the family. District staff only.' })
@Entity()
export class PersonalVisit extends VersionedEntity<'topics' | 'followUps'> {
  @ManyToOne(() => EngagementPhase, { index: true, deleteRule: 'cascade' })
  phase!: EngagementPhase;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  visitedAt!: Date;

  @ManyToOne(() => FocalGroup, { nullable: true })
  focalGroup?: FocalGroup | null;

  @Field({ description: 'ISO 639 code of the language the visit was held in, e.g. "es", "so", "kar".' })
  @Property()
  language!: string;

  @Field({ description: 'The staff member\'s role, e.g. "Family liaison" or "Teacher".' })
  @Property()
  staffRole!: string;

  @Field(() => [String], { description: 'What the family wanted to talk about.' })
  @Property({ type: 'text[]' })
  topics: string[] = [];

  @Field(() => [String], { description: 'What staff agreed to follow up on.' })
  @Property({ type: 'text[]' })
  followUps: string[] = [];
}
