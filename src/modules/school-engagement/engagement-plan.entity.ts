import { Entity, Enum, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { School } from '../geography/school.entity';

/** Why the team works with a school this year. */
export enum EngagementPlanOrigin {
  /** The school asked for personalised engagement (any school may ask). */
  REQUESTED_BY_SCHOOL = 'REQUESTED_BY_SCHOOL',
  /** The engagement team reached out, usually to a Title I or high-priority school. */
  INITIATED_BY_TEAM = 'INITIATED_BY_TEAM',
}
registerEnumType(EngagementPlanOrigin, { name: 'EngagementPlanOrigin' });

/**
 * Personalised engagement with one school for one school year: how it started, the intake with the
 * school leaders (roles, never families' names), then commitments and phases (their own tables).
 */
@ObjectType({ description: 'Personalised engagement with one school in one school year; at most one per school and year.' })
@Entity()
@Unique({ properties: ['school', 'schoolYear'] })
export class EngagementPlan extends VersionedEntity<'intakeParticipants' | 'agreedNeeds'> {
  @ManyToOne(() => School, { index: true })
  school!: School;

  @Field({ description: 'The school year, written "2026-27"; it runs from 1 July to 30 June.' })
  @Property()
  schoolYear!: string;

  @Field(() => EngagementPlanOrigin)
  @Enum({ items: () => EngagementPlanOrigin })
  origin!: EngagementPlanOrigin;

  @Field({ description: 'Why the school asked, or why the team reached out.' })
  @Property({ type: 'text' })
  originReason!: string;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the intake with the school leaders was held; null until it is.' })
  @Property({ type: 'datetime', nullable: true })
  intakeHeldAt?: Date | null;

  @Field(() => [String], { description: 'Who took part in the intake, as roles (e.g. "Principal", "Family liaison"), never names of families.' })
  @Property({ type: 'text[]' })
  intakeParticipants: string[] = [];

  @Field(() => [String], { description: 'What both sides agreed the school needs.' })
  @Property({ type: 'text[]' })
  agreedNeeds: string[] = [];
}
