import { Collection, Entity, Enum, ManyToOne, OneToMany, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { SessionAttendance } from './session-attendance.entity';
import type { EngagementPhase } from '../school-engagement/engagement-phase.entity';

export enum EngagementSessionKind {
  HOME_VISIT = 'HOME_VISIT',
  SMALL_GROUP = 'SMALL_GROUP',
  CIVIC_DINNER = 'CIVIC_DINNER',
  VIRTUAL = 'VIRTUAL',
  COMMUNITY_MEETING = 'COMMUNITY_MEETING',
  FAMILY_UNIVERSITY = 'FAMILY_UNIVERSITY',
}
registerEnumType(EngagementSessionKind, { name: 'EngagementSessionKind' });

/** Steps of the community-driven engagement process. */
export enum ProcessStep {
  CONVENING = 'CONVENING',
  OPENING = 'OPENING',
  REFRAMING = 'REFRAMING',
  EXPLORING = 'EXPLORING',
  GENERATING = 'GENERATING',
  EVALUATING = 'EVALUATING',
  REFINING = 'REFINING',
  CLOSING = 'CLOSING',
  LESSONS_LEARNED = 'LESSONS_LEARNED',
}
registerEnumType(ProcessStep, { name: 'ProcessStep' });

@ObjectType({ description: 'A visit, small group, civic dinner or virtual session with families.' })
@Entity()
export class EngagementSession extends VersionedEntity {
  @Field()
  @Property()
  title!: string;

  @Field(() => EngagementSessionKind)
  @Enum({ items: () => EngagementSessionKind })
  kind!: EngagementSessionKind;

  @ManyToOne(() => Region, { index: true })
  region!: Region;

  @ManyToOne(() => School, { nullable: true })
  school?: School | null;

  /** The phase of a school's engagement plan this session belongs to (school-engagement attaches it). */
  @ManyToOne({ entity: 'EngagementPhase', nullable: true, index: true, deleteRule: 'set null' })
  phase?: EngagementPhase | null;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  heldAt!: Date;

  @Field(() => ProcessStep)
  @Enum({ items: () => ProcessStep })
  processStep!: ProcessStep;

  @Field(() => Int, { description: 'Headcount of the session. Focal groups overlap, so their attendance counts may add up to more.' })
  @Property({ type: 'integer' })
  totalAttendees!: number;

  /** Staff-only working notes: exposed through an authorised field resolver. */
  @Property({ type: 'text', nullable: true })
  notes?: string | null;

  @OneToMany(() => SessionAttendance, (attendance) => attendance.session, { orphanRemoval: true })
  attendance = new Collection<SessionAttendance>(this);
}
