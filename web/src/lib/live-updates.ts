import { useEffect, useRef } from 'react';
import { useSubscription } from 'urql';
import {
  LivePlanChangedDocument,
  LiveRequestUpdatedDocument,
  LiveScenarioCompletedDocument,
  LiveSurveyResultsPublishedDocument,
} from '../generated/graphql';

export type LiveEvent = 'planChanged' | 'scenarioCompleted' | 'requestUpdated' | 'surveyResultsPublished';

const documents = {
  planChanged: LivePlanChangedDocument,
  scenarioCompleted: LiveScenarioCompletedDocument,
  requestUpdated: LiveRequestUpdatedDocument,
  surveyResultsPublished: LiveSurveyResultsPublishedDocument,
} as const;

/**
 * Calls onEvent each time one of the API's live updates arrives over graphql-ws, so a view can
 * refetch what it shows. A hub that refuses the subscription (e.g. no public reads) leaves the
 * view as it is.
 */
export function useLiveRefresh(event: LiveEvent, onEvent: () => void): void {
  const [result] = useSubscription({ query: documents[event] as typeof LivePlanChangedDocument });
  const callback = useRef(onEvent);
  callback.current = onEvent;
  const seen = useRef<unknown>(undefined);
  useEffect(() => {
    if (result.data && result.data !== seen.current) {
      seen.current = result.data;
      callback.current();
    }
  }, [result.data]);
}
