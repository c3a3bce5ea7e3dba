import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { Objective } from './objective.entity';

/** How a key result's current value is measured from the hub's data. */
export enum KeyResultMeasure {
  /** Percentage points of favourability gained on a topic between two waves (optionally within one focal group). */
  SURVEY_FAVOURABILITY_CHANGE = 'SURVEY_FAVOURABILITY_CHANGE',
  /** Percent of partners trained on district protocols (trainedOnProtocolsAt set). */
  PERCENT_PARTNERS_TRAINED = 'PERCENT_PARTNERS_TRAINED',
  /** Percent of partners aligned with district priorities: at least one priority area and a SIGNED agreement. */
  PERCENT_PARTNERS_ALIGNED = 'PERCENT_PARTNERS_ALIGNED',
  /** Engagement sessions held in the period. */
  SESSIONS_HELD = 'SESSIONS_HELD',
  /** Attendance of one focal group over the sessions of the period. */
  FAMILIES_REACHED_PER_GROUP = 'FAMILIES_REACHED_PER_GROUP',
  /**
   * Percent of the families reached by engagement that have a referral to a partner's service.
   * Per focal group g (or only parameters.focalGroupId): reached(g) = attendance of g at the
   * engagement sessions held in the period; referred(g) = families of g referred to any service
   * (connected + waiting + declined) in the months the period touches. Value =
   * 100 x sum over g of min(referred(g), reached(g)) / sum over g of reached(g). Neither side
   * identifies a family, so a group's referrals count against its reach up to that reach; null
   * when no one was reached.
   */
  FAMILIES_ALIGNED_TO_RESOURCES = 'FAMILIES_ALIGNED_TO_RESOURCES',
  /** Distinct professions (case-insensitive) with at least one participant in career programmes in parameters.schoolYear. */
  PROFESSIONS_PARTICIPATING = 'PROFESSIONS_PARTICIPATING',
  /** Percent of 9th graders with at least one community-based experience in parameters.schoolYear, over the schools that reported. */
  NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE = 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE',
  /**
   * Percent of requests answered within withinDays days: of the requests raised in the period whose
   * withinDays have passed, the share with a communication to the community within withinDays of being raised.
   */
  FOLLOW_THROUGH = 'FOLLOW_THROUGH',
}
registerEnumType(KeyResultMeasure, { name: 'KeyResultMeasure' });

export enum KeyResultStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
}
registerEnumType(KeyResultStatus, {
  name: 'KeyResultStatus',
  description:
    'expected = share of the time from startDate to targetDate that has passed (0..1); progress = (current - baseline) / (target - baseline). ' +
    'ON_TRACK: target reached, or progress >= expected - 0.1 before targetDate. AT_RISK: progress >= expected - 0.25 before targetDate. OFF_TRACK: otherwise, and whenever targetDate has passed short of the target.',
});

/** Which slice of the data a measure reads; which fields are required depends on the measure. */
@ObjectType()
export class KeyResultParameters {
  @Field(() => String, { nullable: true })
  topic?: string | null;

  @Field(() => ID, { nullable: true })
  focalGroupId?: string | null;

  @Field(() => ID, { nullable: true })
  fromWaveId?: string | null;

  @Field(() => ID, { nullable: true })
  toWaveId?: string | null;

  @Field(() => Int, { nullable: true, description: 'FOLLOW_THROUGH: days within which a request counts as answered.' })
  withinDays?: number | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'Inclusive start of the counted period (sessions, families reached, requests raised).' })
  periodStart?: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'Exclusive end of the counted period.' })
  periodEnd?: Date | null;

  @Field(() => String, { nullable: true, description: 'School year of the career and community-experience measures, e.g. "2025-26".' })
  schoolYear?: string | null;
}

@ObjectType({ description: 'A measurable result of an objective: baseline, target, and a current value computed from the data.' })
@Entity()
export class KeyResult extends VersionedEntity {
  @ManyToOne(() => Objective, { deleteRule: 'cascade' })
  objective!: Objective;

  @Field({ description: 'e.g. "+1 point per year on Barriers to Engagement", "100% of partners trained".' })
  @Property()
  title!: string;

  @Field(() => KeyResultMeasure)
  @Enum({ items: () => KeyResultMeasure })
  measure!: KeyResultMeasure;

  @Field(() => KeyResultParameters)
  @Property({ type: 'json' })
  parameters: KeyResultParameters = {};

  @Field(() => Float)
  @Property({ type: 'double' })
  baseline!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  target!: number;

  @Field(() => DateTimeISO, { description: 'When the baseline was taken; progress is expected from here to targetDate.' })
  @Property({ type: 'datetime' })
  startDate!: Date;

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  targetDate!: Date;
}
