import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { VersionedEntity } from '../shared/base.entity';

/** The parts of a letter staff write per language; placeholders in braces are filled per group. */
export const TEMPLATE_PARTS = [
  'opening',
  'fundedNow',
  'fundedIfMore',
  'savedForLater',
  'declined',
  'whyMoney',
  'whyStaff',
  'whyDependency',
  'whyAlternative',
  'whyOther',
  'closing',
] as const;
export type TemplatePart = (typeof TEMPLATE_PARTS)[number];
export type TemplateText = Record<TemplatePart, string>;

@ObjectType({
  description:
    'A letter template in one language. Placeholders: {group}, {cycle}, {liaison} (opening, closing); {request}, {year}, {why} (outcome lines); {years} (reasons).',
})
@Entity()
@Unique({ properties: ['language'] })
export class CommunicationTemplate extends VersionedEntity implements TemplateText {
  @Field({ description: 'ISO 639 code of the language the template is written in.' })
  @Property()
  language!: string;

  @Field({ description: 'Greets the group and names the plan, e.g. "Dear {group}, the district adopted its plan for {cycle}."' })
  @Property({ type: 'text' })
  opening!: string;

  @Field({ description: 'One line per request paid for from the start: {request}, {year}.' })
  @Property({ type: 'text' })
  fundedNow!: string;

  @Field({ description: 'One line per request paid for first if more money or staff come: {request}, {year}.' })
  @Property({ type: 'text' })
  fundedIfMore!: string;

  @Field({ description: 'One line per request saved for later: {request}, {why}.' })
  @Property({ type: 'text' })
  savedForLater!: string;

  @Field({ description: 'One line per request the district declined: {request}.' })
  @Property({ type: 'text' })
  declined!: string;

  @Field({ description: 'Why, when money ran short: {years}.' })
  @Property({ type: 'text' })
  whyMoney!: string;

  @Field({ description: 'Why, when staff ran short: {years}.' })
  @Property({ type: 'text' })
  whyStaff!: string;

  @Field({ description: 'Why, when another request must go ahead first.' })
  @Property({ type: 'text' })
  whyDependency!: string;

  @Field({ description: 'Why, when another option for the same need was chosen.' })
  @Property({ type: 'text' })
  whyAlternative!: string;

  @Field({ description: 'Why, otherwise (other requests came first).' })
  @Property({ type: 'text' })
  whyOther!: string;

  @Field({ description: 'Keeps the line open: {liaison}.' })
  @Property({ type: 'text' })
  closing!: string;

  @Property()
  updatedBy!: string;
}
