import { Collection, Entity, Enum, ManyToMany, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';
import { ConnectionType } from '../shared/connection';
import { Region } from '../geography/region.entity';
import { School } from '../geography/school.entity';
import { Partner, PriorityArea } from '../partners/partner.entity';

/** Who a service is for. */
export enum ResourceAudience {
  FAMILIES = 'FAMILIES',
  CAREGIVERS = 'CAREGIVERS',
  STUDENTS = 'STUDENTS',
  YOUTH = 'YOUTH',
  YOUNG_CHILDREN = 'YOUNG_CHILDREN',
  SCHOOL_STAFF = 'SCHOOL_STAFF',
}
registerEnumType(ResourceAudience, { name: 'ResourceAudience' });

/** ACTIVE services are listed in the public directory and its Open Referral export; INACTIVE ones only to their partner and staff. */
export enum ResourceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
}
registerEnumType(ResourceStatus, { name: 'ResourceStatus' });

@ObjectType({
  description:
    'A service a partner offers to families (a "resource" of the public directory): what it is, for whom, in which languages, what it costs, ' +
    'where (schools, or whole regions), who is eligible and whom to contact. Exported as an Open Referral HSDS 3.0 service.',
})
@Entity()
export class Resource extends VersionedEntity<'status' | 'free' | 'audiences' | 'languages'> {
  @ManyToOne(() => Partner, { index: true, deleteRule: 'cascade' })
  partner!: Partner;

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property({ type: 'text' })
  description!: string;

  @Field(() => PriorityArea, { description: 'The district priority the service is aligned to.' })
  @Enum({ items: () => PriorityArea })
  priorityArea!: PriorityArea;

  @Field(() => [ResourceAudience])
  @Enum({ items: () => ResourceAudience, array: true })
  audiences: ResourceAudience[] = [];

  @Field(() => [String], { description: 'ISO 639 codes of the languages the service is delivered in (without interpretation).' })
  @Property({ type: 'text[]' })
  languages: string[] = [];

  @Field({ description: 'No charge to families.' })
  @Property()
  free: boolean = true;

  @Field(() => String, { nullable: true, description: 'Fees, sliding scale, what is covered.' })
  @Property({ type: 'text', nullable: true })
  costDescription?: string | null;

  @Field(() => String, { nullable: true, description: 'Who may use the service.' })
  @Property({ type: 'text', nullable: true })
  eligibility?: string | null;

  @Field(() => String, { nullable: true, description: 'The service\'s public contact address (not a person\'s).' })
  @Property({ type: 'text', nullable: true })
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  url?: string | null;

  @Field(() => ResourceStatus)
  @Enum({ items: () => ResourceStatus })
  status: ResourceStatus = ResourceStatus.ACTIVE;

  @ManyToMany(() => Region)
  regions = new Collection<Region>(this);

  @ManyToMany(() => School)
  schools = new Collection<School>(this);
}

@ObjectType()
export class ResourceConnection extends ConnectionType(Resource, 'Resource') {}
