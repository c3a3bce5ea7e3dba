import { Field, ID, InputType, Int } from 'type-graphql';
import { IsOptional, Length, Matches, Max, Min } from 'class-validator';

export const SCHOOL_YEAR_PATTERN = /^\d{4}-\d{2}$/;
const SCHOOL_YEAR_MESSAGE = 'schoolYear must look like "2025-26"';

@InputType({ description: 'Sets the participants of one profession at one school in one school year (again: replaces).' })
export class RecordCareerParticipationInput {
  @Field()
  @Matches(SCHOOL_YEAR_PATTERN, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field()
  @Length(1, 120)
  profession!: string;

  @Field(() => Int)
  @Min(0)
  @Max(10_000)
  participants!: number;

  @Field(() => ID, { nullable: true, description: 'The partner that brought them, if any.' })
  @IsOptional()
  partnerId?: string | null;
}

@InputType({ description: 'Sets one school\'s 9th-grade figures for a school year (again: replaces).' })
export class RecordCommunityExperiencesInput {
  @Field()
  @Matches(SCHOOL_YEAR_PATTERN, { message: SCHOOL_YEAR_MESSAGE })
  schoolYear!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  ninthGraders!: number;

  @Field(() => Int)
  @Min(0)
  @Max(100_000)
  withExperience!: number;
}

export function assertSchoolYear(schoolYear: string): boolean {
  const [start, end] = schoolYear.split('-').map(Number);
  return (start + 1) % 100 === end;
}
