import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Min } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';

@InputType()
export class CreateRegionInput {
  @Field()
  @Length(1, 120)
  name!: string;

  @Field()
  @Matches(/^[A-Z][A-Z0-9_]{0,19}$/, { message: 'code must be 1-20 upper-case letters, digits or _' })
  code!: string;
}

@InputType()
export class UpdateRegionInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 120)
  name?: string;
}

@InputType()
export class CreateSchoolInput {
  @Field()
  @Length(1, 160)
  name!: string;

  @Field(() => ID)
  regionId!: string;

  @Field({ defaultValue: false })
  titleOne!: boolean;

  @Field({ defaultValue: false })
  highPriority!: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  enrollment?: number;
}

@InputType()
export class UpdateSchoolInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 160)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  titleOne?: boolean;

  @Field({ nullable: true })
  @IsOptional()
  highPriority?: boolean;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  enrollment?: number;
}
