import type { EntityManager } from '@mikro-orm/postgresql';
import { KeyResult, KeyResultMeasure } from '../../../modules/key-results/key-result.entity';
import { Objective } from '../../../modules/key-results/objective.entity';
import { demoDate } from '../demo-calendar';

/** The demo's follow-through objective: requests answered within two weeks, measured from the communication log. */
export function seedKeyResults(em: EntityManager): void {
  const objective = em.create(Objective, {
    title: 'Keep the lines of communication open until every request is answered',
    description: 'Every family that raises a request hears back quickly, in its own language, and again whenever the request moves on.',
  });
  em.create(KeyResult, {
    objective,
    title: '90% of requests answered within 14 days',
    measure: KeyResultMeasure.FOLLOW_THROUGH,
    parameters: { withinDays: 14 },
    baseline: 50,
    target: 90,
    startDate: demoDate(-240),
    targetDate: demoDate(330),
  });
}
