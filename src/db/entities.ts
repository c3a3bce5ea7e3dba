import { Region } from '../modules/geography/region.entity';
import { School } from '../modules/geography/school.entity';
import { FocalGroup } from '../modules/focal-groups/focal-group.entity';
import { Partner } from '../modules/partners/partner.entity';
import { EngagementSession } from '../modules/engagement/engagement-session.entity';
import { SessionAttendance } from '../modules/engagement/session-attendance.entity';
import { Request } from '../modules/requests/request.entity';
import { RequestFocalGroup } from '../modules/requests/request-focal-group.entity';
import { Communication } from '../modules/requests/communication.entity';
import { ResolutionAcknowledgement } from '../modules/requests/resolution-acknowledgement.entity';
import { EquityLens } from '../modules/equity-lenses/equity-lens.entity';
import { ReviewScore } from '../modules/equity-lenses/review-score.entity';
import { BudgetCycle } from '../modules/budgets/budget-cycle.entity';
import { FiscalYear } from '../modules/budgets/fiscal-year.entity';
import { ApiToken } from '../modules/auth/api-token.entity';
import { User } from '../modules/auth/user.entity';
import { UserSession } from '../modules/auth/user-session.entity';
import { AuditEvent } from '../modules/audit/audit-event.entity';
import { Scenario } from '../modules/scenarios/scenario.entity';
import { ScenarioItem } from '../modules/scenarios/scenario-item.entity';
import { Allocation } from '../modules/scenarios/allocation.entity';
import { Survey } from '../modules/surveys/survey.entity';
import { SurveyWave } from '../modules/surveys/survey-wave.entity';
import { SurveyItem } from '../modules/surveys/survey-item.entity';
import { SurveyImport } from '../modules/surveys/survey-import.entity';
import { SurveyResponse } from '../modules/surveys/survey-response.entity';
import { SurveyResponseRollup } from '../modules/surveys/survey-response-rollup.entity';
import { Objective } from '../modules/key-results/objective.entity';
import { KeyResult } from '../modules/key-results/key-result.entity';
import { CommunicationTemplate } from '../modules/communications/communication-template.entity';
import { CommunicationDraft } from '../modules/communications/communication-draft.entity';
import { PartnerAgreement } from '../modules/partners/partner-agreement.entity';
import { PartnerTraining } from '../modules/partners/partner-training.entity';
import { Resource } from '../modules/resources/resource.entity';
import { ReferralCount } from '../modules/resources/referral-count.entity';
import { CareerParticipation } from '../modules/pathways/career-participation.entity';
import { CommunityExperienceCount } from '../modules/pathways/community-experience.entity';
import { EngagementPlan } from '../modules/school-engagement/engagement-plan.entity';
import { EngagementCommitment } from '../modules/school-engagement/engagement-commitment.entity';
import { EngagementPhase } from '../modules/school-engagement/engagement-phase.entity';
import { PersonalVisit } from '../modules/school-engagement/personal-visit.entity';
import { SchoolRecommendation } from '../modules/school-engagement/school-recommendation.entity';
import { DataVersion, DataVersionPending } from './data-version.entity';

/** Every table of the hub; feature modules add theirs here. */
export const entities = [
  Region,
  School,
  FocalGroup,
  Partner,
  EngagementSession,
  SessionAttendance,
  Request,
  RequestFocalGroup,
  Communication,
  ResolutionAcknowledgement,
  EquityLens,
  ReviewScore,
  BudgetCycle,
  FiscalYear,
  User,
  ApiToken,
  UserSession,
  AuditEvent,
  Scenario,
  ScenarioItem,
  Allocation,
  Survey,
  SurveyWave,
  SurveyItem,
  SurveyImport,
  SurveyResponse,
  SurveyResponseRollup,
  Objective,
  KeyResult,
  CommunicationTemplate,
  CommunicationDraft,
  PartnerAgreement,
  PartnerTraining,
  Resource,
  ReferralCount,
  CareerParticipation,
  CommunityExperienceCount,
  EngagementPlan,
  EngagementCommitment,
  EngagementPhase,
  PersonalVisit,
  SchoolRecommendation,
  DataVersion,
  DataVersionPending,
];
