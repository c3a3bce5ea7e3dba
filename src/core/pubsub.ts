import type { PubSub } from '@graphql-yoga/subscription';

/** What a partner app or dashboard needs to update without refetching. */
export interface RequestUpdatedEvent {
  requestId: string;
  partnerId: string | null;
  focalGroupIds: string[];
  changedFields: string[];
  status: string;
  version: number;
  occurredAt: string;
}

export interface PlanChangedEvent {
  cycleId: string;
  scenarioId: string;
  /** Partners whose requests have plan items in the adopted plan; PARTNER subscribers are filtered by it. */
  partnerIds: string[];
  occurredAt: string;
}

export interface ScenarioCompletedEvent {
  cycleId: string;
  scenarioId: string;
  occurredAt: string;
}

/** A scenario run moved: queued, a phase finished, or it ended (COMPLETED, FAILED, CANCELLED). */
export interface ScenarioProgressEvent {
  scenarioId: string;
  cycleId: string;
  status: string;
  phase: string;
  tier: number | null;
  objective: number | null;
  gap: number | null;
  elapsedMillis: number;
  instance: string | null;
  occurredAt: string;
}

export interface SurveyResultsPublishedEvent {
  surveyId: string;
  rowsAccepted: number;
  occurredAt: string;
}

/** Referral counts of one cell (service, school, focal group, month) were recorded; PARTNER subscribers hear only their own services. */
export interface ReferralsRecordedEvent {
  referralCountId: string;
  resourceId: string;
  partnerId: string;
  schoolId: string;
  focalGroupId: string;
  month: string;
  connected: number;
  waiting: number;
  declined: number;
  occurredAt: string;
}

/** An engagement plan, or something that belongs to it (intake, commitment, phase, visit, recommendation), changed. */
export interface EngagementPlanUpdatedEvent {
  planId: string;
  schoolId: string;
  schoolYear: string;
  /** The mutation, e.g. "addEngagementCommitment". */
  change: string;
  occurredAt: string;
}

/**
 * Credentials that stopped being valid (revoked token, ended session, deactivated user): every
 * API instance closes the live connections that authenticated with them, at once.
 */
export interface CredentialsRevokedEvent {
  /** Set when a whole user was deactivated: all its connections go. */
  userId: string | null;
  apiTokenIds: string[];
  sessionIds: string[];
  occurredAt: string;
}

export const Topic = {
  REQUEST_UPDATED: 'REQUEST_UPDATED',
  PLAN_CHANGED: 'PLAN_CHANGED',
  SCENARIO_COMPLETED: 'SCENARIO_COMPLETED',
  SCENARIO_PROGRESS: 'SCENARIO_PROGRESS',
  SURVEY_RESULTS_PUBLISHED: 'SURVEY_RESULTS_PUBLISHED',
  CREDENTIALS_REVOKED: 'CREDENTIALS_REVOKED',
  REFERRALS_RECORDED: 'REFERRALS_RECORDED',
  ENGAGEMENT_PLAN_UPDATED: 'ENGAGEMENT_PLAN_UPDATED',
} as const;

export type HubTopics = {
  [Topic.REQUEST_UPDATED]: [RequestUpdatedEvent];
  [Topic.PLAN_CHANGED]: [PlanChangedEvent];
  [Topic.SCENARIO_COMPLETED]: [ScenarioCompletedEvent];
  [Topic.SCENARIO_PROGRESS]: [ScenarioProgressEvent];
  [Topic.SURVEY_RESULTS_PUBLISHED]: [SurveyResultsPublishedEvent];
  [Topic.CREDENTIALS_REVOKED]: [CredentialsRevokedEvent];
  [Topic.REFERRALS_RECORDED]: [ReferralsRecordedEvent];
  [Topic.ENGAGEMENT_PLAN_UPDATED]: [EngagementPlanUpdatedEvent];
};

export type HubEvent = {
  [K in keyof HubTopics]: { topic: K; payload: HubTopics[K][0] };
}[keyof HubTopics];

export type HubPubSub = PubSub<HubTopics>;
