import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { ArrayMaxSize, IsEmail, IsOptional, IsUrl, Length, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { VersionedUpdateInput } from '../shared/inputs';
import { AgreementStatus, PartnerKind, PriorityArea } from './partner.entity';
import { AgreementType } from './partner-agreement.entity';

@InputType()
export class PartnerFilter {
  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind;

  @Field(() => PriorityArea, { nullable: true, description: 'Partners serving this priority area.' })
  priorityArea?: PriorityArea;

  @Field(() => AgreementStatus, { nullable: true })
  agreementStatus?: AgreementStatus;

  @Field(() => ID, { nullable: true, description: 'Partners serving this region.' })
  regionId?: string;

  @Field({ nullable: true, description: 'true: trained on district protocols; false: not yet trained.' })
  trained?: boolean;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @Length(1, 120)
  search?: string;
}

@InputType()
export class PartnerContactInput {
  @Field()
  @Length(1, 160)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  role?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsEmail()
  email?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(3, 40)
  phone?: string;

  @Field({ nullable: true, description: 'ISO 639 code, e.g. "es".' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'language must be an ISO 639 code such as en, es, so or kar' })
  language?: string;
}

@InputType()
export class CreatePartnerInput {
  @Field()
  @Length(1, 200)
  name!: string;

  @Field(() => PartnerKind)
  kind!: PartnerKind;

  @Field(() => [PriorityArea], { defaultValue: [] })
  priorityAreas!: PriorityArea[];

  @Field(() => DateTimeISO, { nullable: true })
  trainedOnProtocolsAt?: Date | null;

  @Field(() => AgreementStatus, { defaultValue: AgreementStatus.NONE })
  agreementStatus!: AgreementStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl()
  website?: string | null;

  @Field(() => [PartnerContactInput], { defaultValue: [] })
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts!: PartnerContactInput[];

  @Field(() => [ID], { defaultValue: [] })
  regionIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  schoolIds!: string[];
}

/** A PARTNER token may change only `contacts` and `website` of its own partner. */
@InputType()
export class UpdatePartnerInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  name?: string;

  @Field(() => PartnerKind, { nullable: true })
  kind?: PartnerKind;

  @Field(() => [PriorityArea], { nullable: true })
  priorityAreas?: PriorityArea[];

  @Field(() => DateTimeISO, { nullable: true, description: 'null: not trained (any more).' })
  trainedOnProtocolsAt?: Date | null;

  @Field(() => AgreementStatus, { nullable: true })
  agreementStatus?: AgreementStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl()
  website?: string | null;

  @Field(() => [PartnerContactInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  contacts?: PartnerContactInput[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the regions served.' })
  regionIds?: string[];

  @Field(() => [ID], { nullable: true, description: 'Replaces the schools served.' })
  schoolIds?: string[];
}

@InputType()
export class CreatePartnerAgreementInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => AgreementType)
  type!: AgreementType;

  @Field(() => AgreementStatus, { defaultValue: AgreementStatus.DRAFT, description: 'DRAFT, SIGNED or EXPIRED.' })
  status!: AgreementStatus;

  @Field(() => DateTimeISO)
  startsAt!: Date;

  @Field(() => DateTimeISO, { nullable: true })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;
}

@InputType()
export class UpdatePartnerAgreementInput extends VersionedUpdateInput {
  @Field(() => AgreementStatus, { nullable: true })
  status?: AgreementStatus;

  @Field(() => DateTimeISO, { nullable: true })
  startsAt?: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'null: open-ended.' })
  endsAt?: Date | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(0, 2000)
  notes?: string | null;
}

@InputType()
export class RecordPartnerTrainingInput {
  @Field(() => ID)
  partnerId!: string;

  @Field()
  @Length(1, 200)
  protocol!: string;

  @Field(() => DateTimeISO)
  trainedAt!: Date;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  participants?: number | null;
}
