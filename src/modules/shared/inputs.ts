import { Field, ID, InputType, Int } from 'type-graphql';
import { Min } from 'class-validator';

/** Every update names the version it read, so a concurrent edit is a CONFLICT instead of a lost update. */
@InputType()
export abstract class VersionedUpdateInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read; a stale one is a CONFLICT.' })
  @Min(1)
  version!: number;
}
