import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { EngagementPlan } from './engagement-plan.entity';

/** The two reports of a school year. */
export enum SchoolReportPeriod {
  /** The mid-year data update: 1 July to 31 December. */
  MID_YEAR = 'MID_YEAR',
  /** The end-of-year report: the whole school year, 1 July to 30 June. */
  END_OF_YEAR = 'END_OF_YEAR',
}
registerEnumType(SchoolReportPeriod, {
  name: 'SchoolReportPeriod',
  valuesConfig: {
    MID_YEAR: { description: 'Mid-year data update: 1 July to 31 December of the school year.' },
    END_OF_YEAR: { description: 'End-of-year report: the whole school year, 1 July to 30 June.' },
  },
});

/** PROPOSED -> ACCEPTED (by the school leader) -> IMPLEMENTED; PROPOSED or ACCEPTED -> DECLINED (with a reason). */
export enum RecommendationStatus {
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  IMPLEMENTED = 'IMPLEMENTED',
  DECLINED = 'DECLINED',
}
registerEnumType(RecommendationStatus, {
  name: 'RecommendationStatus',
  description: 'PROPOSED -> ACCEPTED (by the school leader) -> IMPLEMENTED; PROPOSED or ACCEPTED -> DECLINED, always with a reason.',
});

@ObjectType({ description: 'A recommendation for the school leaders written by engagement staff in a biannual school report.' })
@Entity()
export class SchoolRecommendation extends VersionedEntity<'status'> {
  @ManyToOne(() => EngagementPlan, { index: true, deleteRule: 'cascade' })
  plan!: EngagementPlan;

  @Field(() => SchoolReportPeriod)
  @Enum({ items: () => SchoolReportPeriod })
  period!: SchoolReportPeriod;

  @Field()
  @Property({ type: 'text' })
  text!: string;

  @Field(() => RecommendationStatus)
  @Enum({ items: () => RecommendationStatus })
  status: RecommendationStatus = RecommendationStatus.PROPOSED;

  @Field(() => String, { nullable: true, description: 'Who at the school decided (a role, e.g. "Principal"); null while PROPOSED.' })
  @Property({ nullable: true })
  decidedBy?: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Why it was declined; always set when DECLINED.' })
  @Property({ type: 'text', nullable: true })
  declineReason?: string | null;
}
