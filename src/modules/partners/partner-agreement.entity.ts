import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { AgreementStatus, Partner } from './partner.entity';

/** The instruments of the partnerships policy. */
export enum AgreementType {
  /** Memorandum of understanding. */
  MOU = 'MOU',
  /** A data-sharing agreement (what data, for what purpose, how it is protected). */
  DATA_SHARING = 'DATA_SHARING',
  DECLARATION_OF_COOPERATION = 'DECLARATION_OF_COOPERATION',
}
registerEnumType(AgreementType, { name: 'AgreementType' });

@ObjectType({ description: 'An agreement between the district and a partner, with its term. Private to district staff and that partner.' })
@Entity()
export class PartnerAgreement extends VersionedEntity<'status' | 'notes'> {
  @ManyToOne(() => Partner, { index: true, deleteRule: 'cascade' })
  partner!: Partner;

  @Field(() => AgreementType)
  @Enum({ items: () => AgreementType })
  type!: AgreementType;

  @Field(() => AgreementStatus, { description: 'DRAFT, SIGNED or EXPIRED (NONE is not an agreement).' })
  @Enum({ items: () => AgreementStatus })
  status: AgreementStatus = AgreementStatus.DRAFT;

  @Field(() => DateTimeISO, { description: 'First day of the term.' })
  @Property({ type: 'datetime' })
  startsAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'Last day of the term; null: open-ended.' })
  @Property({ type: 'datetime', nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  notes?: string | null;
}
