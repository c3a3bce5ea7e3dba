import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import { requireViewer } from '../../core/authorization';
import type { HubContext } from '../../core/context';
import { Topic, type ReferralsRecordedEvent } from '../../core/pubsub';
import { mayReadReferralsOf } from '../../core/redaction-policy';

@ObjectType({ description: 'Referral counts of one cell (service, school, focal group, month) were recorded.' })
export class ReferralsRecorded {
  @Field(() => ID)
  referralCountId!: string;

  @Field(() => ID)
  resourceId!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => ID)
  schoolId!: string;

  @Field(() => ID)
  focalGroupId!: string;

  @Field()
  month!: string;

  @Field(() => Int)
  connected!: number;

  @Field(() => Int)
  waiting!: number;

  @Field(() => Int)
  declined!: number;

  @Field(() => DateTimeISO)
  occurredAt!: Date;
}

/**
 * The events a subscriber may hear: district staff every service's, a PARTNER only its own
 * services' (the same rule as the referrals query). Checked per event against the viewer fixed
 * at subscription time; the payload depends on nothing else of the viewer.
 */
export function referralsRecordedFor(context: HubContext, resourceId: string | null | undefined): AsyncIterable<ReferralsRecordedEvent> {
  const viewer = requireViewer(context);
  const source = context.pubSub.subscribe(Topic.REFERRALS_RECORDED)[Symbol.asyncIterator]();
  const accept = (event: ReferralsRecordedEvent) => mayReadReferralsOf(viewer, event.partnerId) && (!resourceId || event.resourceId === resourceId);
  const iterator: AsyncIterableIterator<ReferralsRecordedEvent> = {
    async next() {
      for (;;) {
        const step = await source.next();
        if (step.done || accept(step.value)) return step;
      }
    },
    return: async () => (await source.return?.()) ?? { value: undefined, done: true },
    throw: async (error: unknown) => {
      await source.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
  return iterator;
}

export function toReferralsRecorded(event: ReferralsRecordedEvent): ReferralsRecorded {
  return { ...event, occurredAt: new Date(event.occurredAt) };
}
