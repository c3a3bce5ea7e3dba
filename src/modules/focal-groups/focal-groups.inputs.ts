import { Field, Float, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, IsEmail, IsOptional, Length, Matches, Max, Min } from 'class-validator';
import { LANGUAGE_CODE_PATTERN } from '../../core/languages';
import { VersionedUpdateInput } from '../shared/inputs';
import { FocalGroupCategory, IssueProximity } from './focal-group.entity';

@InputType()
export class FocalGroupFilter {
  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => FocalGroupCategory, { nullable: true })
  category?: FocalGroupCategory;

  @Field({ nullable: true, description: 'Groups that prefer to be engaged in this language (ISO 639 code).' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'language must be an ISO 639 code such as en, es, so or kar' })
  language?: string;

  @Field({ nullable: true, description: 'Part of the name, case-insensitive.' })
  @IsOptional()
  @Length(1, 120)
  search?: string;
}

@InputType()
export class CreateFocalGroupInput {
  @Field()
  @Length(1, 160)
  name!: string;

  @Field(() => FocalGroupCategory)
  category!: FocalGroupCategory;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'languages must be ISO 639 codes such as en, es, so or kar' })
  languages!: string[];

  @Field(() => ID, { nullable: true, description: 'Omit for a district-wide group.' })
  regionId?: string | null;

  @Field(() => Float)
  @Min(0)
  @Max(1)
  populationShare!: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  estimatedPopulation?: number | null;

  @Field(() => IssueProximity, { defaultValue: IssueProximity.DIRECTLY_IMPACTED })
  proximity!: IssueProximity;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 160)
  liaisonName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  liaisonEmail?: string | null;
}

@InputType()
export class UpdateFocalGroupInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  name?: string;

  @Field(() => FocalGroupCategory, { nullable: true })
  @IsOptional()
  category?: FocalGroupCategory;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'languages must be ISO 639 codes such as en, es, so or kar' })
  languages?: string[];

  @Field(() => ID, { nullable: true, description: 'null makes the group district-wide; omit to keep the region.' })
  regionId?: string | null;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(1)
  populationShare?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  estimatedPopulation?: number | null;

  @Field(() => IssueProximity, { nullable: true })
  @IsOptional()
  proximity?: IssueProximity;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 160)
  liaisonName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  liaisonEmail?: string | null;
}
