import { Collection, Entity, Enum, ManyToMany, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { VersionedEntity } from '../shared/base.entity';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { ConnectionType } from '../shared/connection';

export enum PartnerKind {
  NON_PROFIT = 'NON_PROFIT',
  BUSINESS = 'BUSINESS',
  FAITH = 'FAITH',
  GOVERNMENT = 'GOVERNMENT',
  HIGHER_ED = 'HIGHER_ED',
  HEALTH = 'HEALTH',
  CULTURAL = 'CULTURAL',
  PHILANTHROPY = 'PHILANTHROPY',
}
registerEnumType(PartnerKind, { name: 'PartnerKind' });

/** District priorities that partnerships and requests are aligned to. */
export enum PriorityArea {
  AFTER_SCHOOL_AND_SUMMER = 'AFTER_SCHOOL_AND_SUMMER',
  MENTAL_HEALTH = 'MENTAL_HEALTH',
  EARLY_CHILDHOOD = 'EARLY_CHILDHOOD',
  FAMILY_ENGAGEMENT = 'FAMILY_ENGAGEMENT',
  CAREER_PATHWAYS = 'CAREER_PATHWAYS',
  LANGUAGE_ACCESS = 'LANGUAGE_ACCESS',
  BASIC_NEEDS = 'BASIC_NEEDS',
  ATTENDANCE = 'ATTENDANCE',
}
registerEnumType(PriorityArea, { name: 'PriorityArea' });

/** State of the partner's declaration of cooperation with the district. */
export enum AgreementStatus {
  NONE = 'NONE',
  DRAFT = 'DRAFT',
  SIGNED = 'SIGNED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

@ObjectType('PartnerContact')
export class PartnerContact {
  @Field()
  name!: string;

  @Field({ nullable: true })
  role?: string;

  @Field({ nullable: true })
  email?: string;

  @Field({ nullable: true })
  phone?: string;

  @Field({ nullable: true, description: 'ISO 639 code of the language the contact prefers, e.g. "so".' })
  language?: string;
}

@ObjectType({ description: 'A community organisation working with the district.' })
@Entity()
export class Partner extends VersionedEntity<'agreementStatus' | 'contacts' | 'priorityAreas'> {
  @Field()
  @Property()
  @Unique()
  name!: string;

  @Field(() => PartnerKind)
  @Enum({ items: () => PartnerKind })
  kind!: PartnerKind;

  @Field(() => [PriorityArea])
  @Enum({ items: () => PriorityArea, array: true })
  priorityAreas: PriorityArea[] = [];

  @Field(() => DateTimeISO, { nullable: true, description: 'When the partner was trained on district guidelines and protocols.' })
  @Property({ type: 'datetime', nullable: true })
  trainedOnProtocolsAt?: Date | null;

  @Field(() => AgreementStatus)
  @Enum({ items: () => AgreementStatus })
  agreementStatus: AgreementStatus = AgreementStatus.NONE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  website?: string | null;

  /** Contacts are private to the partner and district staff; exposed through an authorised field resolver. */
  @Property({ type: 'json' })
  contacts: PartnerContact[] = [];

  @ManyToMany(() => Region)
  regions = new Collection<Region>(this);

  @ManyToMany(() => School)
  schools = new Collection<School>(this);
}

@ObjectType()
export class PartnerConnection extends ConnectionType(Partner, 'Partner') {}
