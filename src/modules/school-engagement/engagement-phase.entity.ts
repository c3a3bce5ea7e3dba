import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { EngagementPlan } from './engagement-plan.entity';

/** The phases of personalised engagement, tailored to each school. */
export enum EngagementPhaseKind {
  /** Phase I: inquiry with the school leaders. */
  LEADER_INQUIRY = 'LEADER_INQUIRY',
  /** Phase II: small-group sessions with families, led by the team. */
  FAMILY_SMALL_GROUPS = 'FAMILY_SMALL_GROUPS',
  /** Personal visits between a parent or guardian and a staff member, focused on listening. */
  PERSONAL_VISITS = 'PERSONAL_VISITS',
}
registerEnumType(EngagementPhaseKind, {
  name: 'EngagementPhaseKind',
  valuesConfig: {
    LEADER_INQUIRY: { description: 'Phase I: inquiry with the school leaders.' },
    FAMILY_SMALL_GROUPS: { description: 'Phase II: small-group sessions with families led by the engagement team.' },
    PERSONAL_VISITS: { description: 'Personal visits between a parent or guardian and a staff member, focused on listening.' },
  },
});

@ObjectType({ description: 'One phase of an engagement plan, with its objectives and dates; sessions and personal visits attach to it.' })
@Entity()
export class EngagementPhase extends VersionedEntity<'objectives'> {
  @ManyToOne(() => EngagementPlan, { index: true, deleteRule: 'cascade' })
  plan!: EngagementPlan;

  @Field(() => EngagementPhaseKind)
  @Enum({ items: () => EngagementPhaseKind })
  kind!: EngagementPhaseKind;

  @Field(() => [String])
  @Property({ type: 'text[]' })
  objectives: string[] = [];

  @Field(() => DateTimeISO)
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'null while the phase has no planned end.' })
  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;
}
