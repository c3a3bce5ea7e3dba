import { Field, ID, InputType, Int } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { ArrayMaxSize, IsOptional, Length, Max, Min, ValidateNested } from 'class-validator';
import { VersionedUpdateInput } from '../shared/inputs';
import { EngagementSessionKind, ProcessStep } from './engagement-session.entity';

const MAX_ATTENDEES = 100_000;

@InputType({ description: 'How many members of one focal group attended; groups overlap.' })
export class AttendanceInput {
  @Field(() => ID)
  focalGroupId!: string;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_ATTENDEES)
  count!: number;
}

@InputType()
export class CreateEngagementSessionInput {
  @Field()
  @Length(1, 200)
  title!: string;

  @Field(() => EngagementSessionKind)
  kind!: EngagementSessionKind;

  @Field(() => ID)
  regionId!: string;

  @Field(() => ID, { nullable: true, description: 'Must be a school of the region.' })
  schoolId?: string | null;

  @Field(() => DateTimeISO)
  heldAt!: Date;

  @Field(() => ProcessStep)
  processStep!: ProcessStep;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 10_000)
  notes?: string | null;

  @Field(() => Int)
  @Min(0)
  @Max(MAX_ATTENDEES)
  totalAttendees!: number;

  @Field(() => [AttendanceInput], { defaultValue: [] })
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  attendance!: AttendanceInput[];
}

@InputType()
export class UpdateEngagementSessionInput extends VersionedUpdateInput {
  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 200)
  title?: string;

  @Field(() => EngagementSessionKind, { nullable: true })
  kind?: EngagementSessionKind;

  @Field(() => ID, { nullable: true })
  regionId?: string;

  @Field(() => ID, { nullable: true, description: 'null removes the school; omit to keep it.' })
  schoolId?: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  heldAt?: Date;

  @Field(() => ProcessStep, { nullable: true })
  processStep?: ProcessStep;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 10_000)
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(MAX_ATTENDEES)
  totalAttendees?: number;

  @Field(() => [AttendanceInput], { nullable: true, description: 'Replaces the whole attendance list.' })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  attendance?: AttendanceInput[];
}
