import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

export type AcknowledgeResolutionInput = {
  acknowledgedBy: Scalars['String']['input'];
  /** Must be one of the request's focal groups. */
  focalGroupId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  requestId: Scalars['ID']['input'];
};

export type AddEngagementCommitmentInput = {
  description: Scalars['String']['input'];
  dueAt: Scalars['DateTimeISO']['input'];
  owner: Scalars['String']['input'];
  party: CommitmentParty;
  planId: Scalars['ID']['input'];
};

export type AddEngagementPhaseInput = {
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  kind: EngagementPhaseKind;
  /** At most 20. */
  objectives: Array<Scalars['String']['input']>;
  planId: Scalars['ID']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
};

export type AgreementStatus =
  | 'DRAFT'
  | 'EXPIRED'
  | 'NONE'
  | 'SIGNED';

export type AgreementType =
  | 'DATA_SHARING'
  | 'DECLARATION_OF_COOPERATION'
  | 'MOU';

/** Money and staff of the adopted plan: request × fiscal year × tier. */
export type Allocation = {
  __typename?: 'Allocation';
  createdAt: Scalars['DateTimeISO']['output'];
  fiscalYear: Scalars['Int']['output'];
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  moneyCents: Scalars['SafeInt']['output'];
  request: Request;
  scenario: Scenario;
  tier: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A bearer token; its secret is shown once, when it is issued. */
export type ApiToken = {
  __typename?: 'ApiToken';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Refused from then on; null: until revoked. */
  expiresAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  /** Last request made with it, to the minute. */
  lastUsedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** What the token is for, e.g. "Northside Family Center app". */
  name: Scalars['String']['output'];
  revokedAt: Maybe<Scalars['DateTimeISO']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** How many members of one focal group attended; groups overlap. */
export type AttendanceInput = {
  count: Scalars['Int']['input'];
  focalGroupId: Scalars['ID']['input'];
};

/** Who changed what, when, with the state before and after. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** The mutation, e.g. "transitionRequest". */
  action: Scalars['String']['output'];
  /** Label of the token that made the change. */
  actor: Scalars['String']['output'];
  actorRole: Scalars['String']['output'];
  after: Maybe<Scalars['JSONObject']['output']>;
  before: Maybe<Scalars['JSONObject']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  entityId: Scalars['String']['output'];
  entityType: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A multi-year planning horizon (biennium or longer) with per-year tier envelopes. */
export type BudgetCycle = {
  __typename?: 'BudgetCycle';
  createdAt: Scalars['DateTimeISO']['output'];
  /** The years of the cycle, in order. */
  fiscalYears: Array<FiscalYear>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  status: BudgetCycleStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type BudgetCycleStatus =
  | 'ADOPTED'
  | 'DRAFT'
  | 'OPEN';

/** A what-if change to a year's envelope, e.g. revenue -5% or staff -20% in FY2028. */
export type CapAdjustment = {
  __typename?: 'CapAdjustment';
  /** Percent change of the FTE cap, e.g. -20. */
  ftePercent: Scalars['Float']['output'];
  /** Percent change of the money cap, e.g. -5. */
  moneyPercent: Scalars['Float']['output'];
  /** 1 or 2; null adjusts both tiers. */
  tier: Maybe<Scalars['Int']['output']>;
  year: Scalars['Int']['output'];
};

/** e.g. { year: 2028, tier: null, moneyPercent: -5, ftePercent: -20 }: revenue -5% and staff -20% in FY2028. */
export type CapAdjustmentInput = {
  ftePercent?: Scalars['Float']['input'];
  moneyPercent?: Scalars['Float']['input'];
  /** 1 or 2; null (default) adjusts both tiers. */
  tier?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

/** People of one profession who took part in a school's career programmes (career days, job shadowing, mentoring) in a school year. */
export type CareerParticipation = {
  __typename?: 'CareerParticipation';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** People of this profession who took part. */
  participants: Scalars['Int']['output'];
  partner: Maybe<Partner>;
  /** The profession, as recorded (compared case-insensitively when professions are counted), e.g. "Electrician". */
  profession: Scalars['String']['output'];
  school: School;
  /** e.g. "2025-26". */
  schoolYear: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type CommitmentParty =
  | 'DISTRICT'
  | 'SCHOOL';

/** WITHDRAWN: dropped by agreement; counts neither as kept nor as missed. */
export type CommitmentStatus =
  | 'KEPT'
  | 'MISSED'
  | 'OPEN'
  | 'WITHDRAWN';

/** Commitments due by the end of the period, by status. */
export type CommitmentTally = {
  __typename?: 'CommitmentTally';
  /** Due by the end of the period, withdrawn ones excluded. */
  due: Scalars['Int']['output'];
  kept: Scalars['Int']['output'];
  /** kept / (kept + missed); null while none is decided. */
  keptShare: Maybe<Scalars['Float']['output']>;
  missed: Scalars['Int']['output'];
  /** Still open (due by the end of the period). */
  open: Scalars['Int']['output'];
  /** null: both sides together. */
  party: Maybe<CommitmentParty>;
};

/** One entry of a request's communication log: what was told to whom, when, in which language. */
export type Communication = {
  __typename?: 'Communication';
  channel: CommunicationChannel;
  communicatedAt: Scalars['DateTimeISO']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  direction: CommunicationDirection;
  /** Drafts are prepared by the system (e.g. on plan adoption) and still need sending. */
  draft: Scalars['Boolean']['output'];
  /** The focal group addressed, if the message was for one group. */
  focalGroup: Maybe<FocalGroup>;
  id: Scalars['ID']['output'];
  /** Language the message was delivered in. */
  language: Scalars['String']['output'];
  /** Staff member (or partner) who logged it. */
  loggedBy: Scalars['String']['output'];
  request: Request;
  summary: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** The yearly communication audit: clarity (languages), responsiveness and follow-through per focal group. */
export type CommunicationAudit = {
  __typename?: 'CommunicationAudit';
  /** Inclusive start. */
  from: Scalars['DateTimeISO']['output'];
  /** Every focal group, by name. */
  groups: Array<CommunicationAuditGroup>;
  /** Exclusive end. */
  to: Scalars['DateTimeISO']['output'];
};

/** How well a focal group was communicated with in the audited period. */
export type CommunicationAuditGroup = {
  __typename?: 'CommunicationAuditGroup';
  /** Of those, the ones the group got an answer on before the period ended. */
  answered: Scalars['Int']['output'];
  /** The group's languages and every other language it was written to in, by language code. */
  byLanguage: Array<CommunicationAuditLanguage>;
  /** Communications to the community that reached the group in the period (addressed to it, or to all groups of one of its requests). */
  communications: Scalars['Int']['output'];
  /** Of those, the ones in one of the group's languages. */
  communicationsInGroupLanguages: Scalars['Int']['output'];
  focalGroup: FocalGroup;
  /** The group's languages (ISO 639 codes). */
  languages: Array<Scalars['String']['output']>;
  /** Open letters to the group still awaiting translation. */
  lettersAwaitingTranslation: Scalars['Int']['output'];
  /** Mean days from a request being raised to its first answer to the group; null when none was answered. */
  meanDaysToFirstReply: Maybe<Scalars['Float']['output']>;
  /** Median of the same. */
  medianDaysToFirstReply: Maybe<Scalars['Float']['output']>;
  /** communicationsInGroupLanguages / communications, in percent; null without communications. */
  percentInGroupLanguages: Maybe<Scalars['Float']['output']>;
  /** Requests the group raised in the period. */
  requests: Scalars['Int']['output'];
  /** requests - answered. */
  unanswered: Scalars['Int']['output'];
};

/** One language within a focal group's communication audit. */
export type CommunicationAuditLanguage = {
  __typename?: 'CommunicationAuditLanguage';
  /** Communications to the group in this language in the period. */
  communications: Scalars['Int']['output'];
  /** Whether it is one of the group's languages. */
  groupLanguage: Scalars['Boolean']['output'];
  /** ISO 639 code. */
  language: Scalars['String']['output'];
  /** Open letters to the group asked for in this language and still awaiting translation. */
  lettersAwaitingTranslation: Scalars['Int']['output'];
  /** The language's name in the interface language `locale` (ISO 639, e.g. "es"). */
  name: Scalars['String']['output'];
  /** Percent of the group's communications in the period that were in this language. */
  percentOfCommunications: Maybe<Scalars['Float']['output']>;
};


/** One language within a focal group's communication audit. */
export type CommunicationAuditLanguageNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type CommunicationChannel =
  | 'EMAIL'
  | 'HOME_VISIT'
  | 'LETTER'
  | 'MEETING'
  | 'PHONE'
  | 'TEXT_MESSAGE'
  | 'WEBSITE';

export type CommunicationDirection =
  | 'FROM_COMMUNITY'
  | 'TO_COMMUNITY';

/** A letter to a focal group about an adopted plan, prepared on adoption, approved and sent by staff. */
export type CommunicationDraft = {
  __typename?: 'CommunicationDraft';
  approvedAt: Maybe<Scalars['DateTimeISO']['output']>;
  approvedBy: Maybe<Scalars['String']['output']>;
  body: Scalars['String']['output'];
  channel: Maybe<CommunicationChannel>;
  createdAt: Scalars['DateTimeISO']['output'];
  focalGroup: FocalGroup;
  id: Scalars['ID']['output'];
  /** ISO 639 code of the language the text is written in. */
  language: Scalars['String']['output'];
  /** Name of `language` in the interface language `locale` (English by default). */
  languageName: Scalars['String']['output'];
  /** No template exists in the group's language: the text is in English and needs translating before it is sent. */
  needsTranslation: Scalars['Boolean']['output'];
  /** The request whose communication log receives the letter when sent. */
  request: Request;
  /** ISO 639 code of the language the group asked for; differs from `language` while a translation is needed. */
  requestedLanguage: Scalars['String']['output'];
  /** Name of `requestedLanguage` in the interface language `locale` (English by default). */
  requestedLanguageName: Scalars['String']['output'];
  /** The adopted plan the letter announces. */
  scenario: Scenario;
  sentAt: Maybe<Scalars['DateTimeISO']['output']>;
  sentBy: Maybe<Scalars['String']['output']>;
  status: CommunicationDraftStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};


/** A letter to a focal group about an adopted plan, prepared on adoption, approved and sent by staff. */
export type CommunicationDraftLanguageNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};


/** A letter to a focal group about an adopted plan, prepared on adoption, approved and sent by staff. */
export type CommunicationDraftRequestedLanguageNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type CommunicationDraftFilter = {
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 639 code of the text's language. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** true: only letters still awaiting translation (a liaison's inbox). */
  needsTranslation?: InputMaybe<Scalars['Boolean']['input']>;
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
  statuses?: InputMaybe<Array<CommunicationDraftStatus>>;
};

export type CommunicationDraftStatus =
  | 'APPROVED'
  | 'DISCARDED'
  | 'DRAFT'
  | 'SENT'
  | 'SUPERSEDED';

/** A letter template in one language. Placeholders: {group}, {cycle}, {liaison} (opening, closing); {request}, {year}, {why} (outcome lines); {years} (reasons). */
export type CommunicationTemplate = {
  __typename?: 'CommunicationTemplate';
  /** Keeps the line open: {liaison}. */
  closing: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** One line per request the district declined: {request}. */
  declined: Scalars['String']['output'];
  /** One line per request paid for first if more money or staff come: {request}, {year}. */
  fundedIfMore: Scalars['String']['output'];
  /** One line per request paid for from the start: {request}, {year}. */
  fundedNow: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639 code of the language the template is written in. */
  language: Scalars['String']['output'];
  /** The language's name in the interface language `locale` (English by default). */
  languageName: Scalars['String']['output'];
  /** Greets the group and names the plan, e.g. "Dear {group}, the district adopted its plan for {cycle}." */
  opening: Scalars['String']['output'];
  /** One line per request saved for later: {request}, {why}. */
  savedForLater: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  /** Why, when another option for the same need was chosen. */
  whyAlternative: Scalars['String']['output'];
  /** Why, when another request must go ahead first. */
  whyDependency: Scalars['String']['output'];
  /** Why, when money ran short: {years}. */
  whyMoney: Scalars['String']['output'];
  /** Why, otherwise (other requests came first). */
  whyOther: Scalars['String']['output'];
  /** Why, when staff ran short: {years}. */
  whyStaff: Scalars['String']['output'];
};


/** A letter template in one language. Placeholders: {group}, {cycle}, {liaison} (opening, closing); {request}, {year}, {why} (outcome lines); {years} (reasons). */
export type CommunicationTemplateLanguageNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

/** How many of a school's 9th graders had at least one community-based experience (internship, service learning, field work with a partner) in a school year. */
export type CommunityExperienceCount = {
  __typename?: 'CommunityExperienceCount';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** 9th-grade enrolment of the school that year. */
  ninthGraders: Scalars['Int']['output'];
  school: School;
  /** e.g. "2025-26". */
  schoolYear: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  /** 9th graders with at least one community-based experience that year (a count, no student identifiers). */
  withExperience: Scalars['Int']['output'];
};

export type CreateBudgetCycleInput = {
  /** 2 to 10 consecutive years, in any order. */
  fiscalYears: Array<FiscalYearInput>;
  name: Scalars['String']['input'];
  status?: BudgetCycleStatus;
};

export type CreateEngagementPlanInput = {
  origin: EngagementPlanOrigin;
  /** Why the school asked, or why the team reached out. */
  originReason: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
  /** e.g. "2026-27" */
  schoolYear: Scalars['String']['input'];
};

export type CreateEngagementSessionInput = {
  attendance?: Array<AttendanceInput>;
  heldAt: Scalars['DateTimeISO']['input'];
  kind: EngagementSessionKind;
  notes?: InputMaybe<Scalars['String']['input']>;
  processStep: ProcessStep;
  regionId: Scalars['ID']['input'];
  /** Must be a school of the region. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  title: Scalars['String']['input'];
  totalAttendees: Scalars['Int']['input'];
};

export type CreateEquityLensInput = {
  criteria: Array<LensCriterionInput>;
  /** Stable across revisions, e.g. "district-equity". */
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  stance?: InputMaybe<Scalars['String']['input']>;
};

export type CreateFocalGroupInput = {
  category: FocalGroupCategory;
  estimatedPopulation?: InputMaybe<Scalars['Int']['input']>;
  languages?: Array<Scalars['String']['input']>;
  liaisonEmail?: InputMaybe<Scalars['String']['input']>;
  liaisonName?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  populationShare: Scalars['Float']['input'];
  proximity?: IssueProximity;
  /** Omit for a district-wide group. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateKeyResultInput = {
  baseline: Scalars['Float']['input'];
  measure: KeyResultMeasure;
  objectiveId: Scalars['ID']['input'];
  parameters?: KeyResultParametersInput;
  startDate: Scalars['DateTimeISO']['input'];
  target: Scalars['Float']['input'];
  targetDate: Scalars['DateTimeISO']['input'];
  title: Scalars['String']['input'];
};

export type CreateObjectiveInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CreatePartnerAgreementInput = {
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  notes?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
  startsAt: Scalars['DateTimeISO']['input'];
  /** DRAFT, SIGNED or EXPIRED. */
  status?: AgreementStatus;
  type: AgreementType;
};

export type CreatePartnerInput = {
  agreementStatus?: AgreementStatus;
  contacts?: Array<PartnerContactInput>;
  kind: PartnerKind;
  name: Scalars['String']['input'];
  priorityAreas?: Array<PriorityArea>;
  regionIds?: Array<Scalars['ID']['input']>;
  schoolIds?: Array<Scalars['ID']['input']>;
  trainedOnProtocolsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type CreateRegionInput = {
  code: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

export type CreateResourceInput = {
  audiences?: Array<ResourceAudience>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  costDescription?: InputMaybe<Scalars['String']['input']>;
  description: Scalars['String']['input'];
  eligibility?: InputMaybe<Scalars['String']['input']>;
  free?: Scalars['Boolean']['input'];
  languages?: Array<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  /** Required for staff; a PARTNER token creates services for its own partner only. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  priorityArea: PriorityArea;
  /** Regions served as a whole. */
  regionIds?: Array<Scalars['ID']['input']>;
  /** Schools where the service is offered. */
  schoolIds?: Array<Scalars['ID']['input']>;
  status?: ResourceStatus;
  url?: InputMaybe<Scalars['String']['input']>;
};

export type CreateSchoolInput = {
  enrollment?: InputMaybe<Scalars['Int']['input']>;
  highPriority?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
  regionId: Scalars['ID']['input'];
  titleOne?: Scalars['Boolean']['input'];
};

export type CreateSurveyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  items?: Array<SurveyItemInput>;
  name: Scalars['String']['input'];
  waves?: Array<SurveyWaveInput>;
};

export type CreateSurveyItemInput = {
  code: Scalars['String']['input'];
  favourableMax: Scalars['Int']['input'];
  favourableMin: Scalars['Int']['input'];
  prompt: Scalars['String']['input'];
  scaleMax: Scalars['Int']['input'];
  scaleMin: Scalars['Int']['input'];
  surveyId: Scalars['ID']['input'];
  topic: Scalars['String']['input'];
};

export type CreateSurveyWaveInput = {
  fieldedAt: Scalars['DateTimeISO']['input'];
  /** As it appears in import files, e.g. "Fall 2026". */
  name: Scalars['String']['input'];
  surveyId: Scalars['ID']['input'];
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  /** The address the district identity provider knows the person by; stored in lower case. */
  email: Scalars['String']['input'];
  /** Required for PARTNER users, refused for every other role. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role: Role;
};

export type CredentialKind =
  | 'API_TOKEN'
  | 'EXPORT_LINK'
  | 'PUBLIC'
  | 'SESSION'
  | 'SYSTEM';

export type CriterionKind =
  | 'DERIVED'
  | 'REVIEWED';

export type CriterionScoreInput = {
  /** A REVIEWED criterion of the lens. */
  criterionKey: Scalars['String']['input'];
  /** "Fingers to Five": 0 (block) to 5 (full support). */
  score: Scalars['Int']['input'];
};

export type CriterionValue = {
  __typename?: 'CriterionValue';
  criterionKey: Scalars['String']['output'];
  /** Contribution to the equity score: weight × score ÷ Σ weights. */
  value: Scalars['Float']['output'];
};

/** Records the school leader's decision or the implementation; DECLINED needs a reason. */
export type DecideSchoolRecommendationInput = {
  /** Who at the school decided, as a role (e.g. "Principal"). */
  decidedBy?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Required when DECLINED. */
  reason?: InputMaybe<Scalars['String']['input']>;
  status: RecommendationStatus;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type DerivedSource =
  | 'PRIORITY_ALIGNMENT'
  | 'REACH'
  | 'REPRESENTATION_GAP'
  | 'SURVEY_NEED';

/** What one side of an engagement plan committed to do, by when. */
export type EngagementCommitment = {
  __typename?: 'EngagementCommitment';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  dueAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** Who answers for it, as a role or a staff member (e.g. "Assistant principal"). */
  owner: Scalars['String']['output'];
  party: CommitmentParty;
  status: CommitmentStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** One phase of an engagement plan, with its objectives and dates; sessions and personal visits attach to it. */
export type EngagementPhase = {
  __typename?: 'EngagementPhase';
  createdAt: Scalars['DateTimeISO']['output'];
  /** null while the phase has no planned end. */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  kind: EngagementPhaseKind;
  objectives: Array<Scalars['String']['output']>;
  planId: Scalars['ID']['output'];
  /** Engagement sessions attached to the phase, by date. */
  sessions: Array<EngagementSession>;
  startsAt: Scalars['DateTimeISO']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  visitCount: Scalars['Int']['output'];
  /** District staff only; null for everyone else (visitCount is public). */
  visits: Maybe<Array<PersonalVisit>>;
};

export type EngagementPhaseKind =
  /** Phase II: small-group sessions with families led by the engagement team. */
  | 'FAMILY_SMALL_GROUPS'
  /** Phase I: inquiry with the school leaders. */
  | 'LEADER_INQUIRY'
  /** Personal visits between a parent or guardian and a staff member, focused on listening. */
  | 'PERSONAL_VISITS';

/** Personalised engagement with one school in one school year; at most one per school and year. */
export type EngagementPlan = {
  __typename?: 'EngagementPlan';
  /** What both sides agreed the school needs. */
  agreedNeeds: Array<Scalars['String']['output']>;
  /** By due date. */
  commitments: Array<EngagementCommitment>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** When the intake with the school leaders was held; null until it is. */
  intakeHeldAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who took part in the intake, as roles (e.g. "Principal", "Family liaison"), never names of families. */
  intakeParticipants: Array<Scalars['String']['output']>;
  origin: EngagementPlanOrigin;
  /** Why the school asked, or why the team reached out. */
  originReason: Scalars['String']['output'];
  /** By start date. */
  phases: Array<EngagementPhase>;
  /** Both reports' recommendations, oldest first. */
  recommendations: Array<SchoolRecommendation>;
  school: School;
  /** The school year, written "2026-27"; it runs from 1 July to 30 June. */
  schoolYear: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type EngagementPlanOrigin =
  | 'INITIATED_BY_TEAM'
  | 'REQUESTED_BY_SCHOOL';

/** Something in an engagement plan changed (committed). */
export type EngagementPlanUpdate = {
  __typename?: 'EngagementPlanUpdate';
  /** The mutation that changed it, e.g. "addEngagementCommitment". */
  change: Scalars['String']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  planId: Scalars['ID']['output'];
  schoolId: Scalars['ID']['output'];
  schoolYear: Scalars['String']['output'];
};

/** A visit, small group, civic dinner or virtual session with families. */
export type EngagementSession = {
  __typename?: 'EngagementSession';
  /** Members of each focal group among the attendees. */
  attendance: Array<SessionAttendance>;
  createdAt: Scalars['DateTimeISO']['output'];
  heldAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: EngagementSessionKind;
  /** Visible to district staff only; null for everyone else. */
  notes: Maybe<Scalars['String']['output']>;
  /** The phase of a school engagement plan the session belongs to. */
  phase: Maybe<EngagementPhase>;
  processStep: ProcessStep;
  region: Region;
  school: Maybe<School>;
  title: Scalars['String']['output'];
  /** Headcount of the session. Focal groups overlap, so their attendance counts may add up to more. */
  totalAttendees: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type EngagementSessionKind =
  | 'CIVIC_DINNER'
  | 'COMMUNITY_MEETING'
  | 'FAMILY_UNIVERSITY'
  | 'HOME_VISIT'
  | 'SMALL_GROUP'
  | 'VIRTUAL';

/** Named, versioned criteria that turn the equity stance into decisions. */
export type EquityLens = {
  __typename?: 'EquityLens';
  createdAt: Scalars['DateTimeISO']['output'];
  criteria: Array<LensCriterion>;
  id: Scalars['ID']['output'];
  /** Stable across revisions. */
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  /** Lens revision; editing a lens an adopted scenario used makes a new revision. */
  revision: Scalars['Int']['output'];
  /** The equity stance: values the lens puts into practice. */
  stance: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** PLAN: the adopted plan of cycleId (CSV). SURVEY_RESULTS: surveyId, groupBy, minCellSize (as surveyResults). COMMUNICATION_AUDIT: from, to (staff only). CYCLE_PABULIB: the candidate requests as a pabulib .pb file, cycleId. PLAN_PABULIB: a plan as a pabulib .pb file, either cycleId (its adopted plan) or scenarioId (staff: any completed scenario; others: the adopted one). */
export type ExportKind =
  | 'COMMUNICATION_AUDIT'
  | 'CYCLE_PABULIB'
  | 'PLAN'
  | 'PLAN_PABULIB'
  | 'SURVEY_RESULTS';

/** A short-lived signed download link: a browser opens it without an Authorization header. */
export type ExportLink = {
  __typename?: 'ExportLink';
  /** After this the link answers 410 EXPORT_LINK_EXPIRED. */
  expiresAt: Scalars['DateTimeISO']['output'];
  /** Path and query of the download (absolute when the hub knows its PUBLIC_URL); it carries the signature. */
  url: Scalars['String']['output'];
};

/** What to download; which fields each kind needs is said on ExportKind. */
export type ExportLinkParameters = {
  cycleId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  groupBy?: InputMaybe<Array<SurveyDimension>>;
  minCellSize?: InputMaybe<Scalars['Int']['input']>;
  scenarioId?: InputMaybe<Scalars['ID']['input']>;
  surveyId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** Money and staff added to one year's tier envelope on top of the cycle's caps (fundWithExtra). */
export type ExtraFunds = {
  __typename?: 'ExtraFunds';
  fte: Scalars['Float']['output'];
  moneyCents: Scalars['SafeInt']['output'];
  /** 1 or 2. */
  tier: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** One fiscal year of a cycle: Tier 1 (base) and Tier 2 (added if revenue/staff allow) envelopes. */
export type FiscalYear = {
  __typename?: 'FiscalYear';
  id: Scalars['ID']['output'];
  tier1Fte: Scalars['Float']['output'];
  tier1MoneyCents: Scalars['SafeInt']['output'];
  tier2Fte: Scalars['Float']['output'];
  /** Money on top of Tier 1, in cents. */
  tier2MoneyCents: Scalars['SafeInt']['output'];
  /** Fiscal year, e.g. 2027 for FY2027. */
  year: Scalars['Int']['output'];
};

/** The Tier 1 (base) and Tier 2 (added) envelopes of one fiscal year. */
export type FiscalYearInput = {
  tier1Fte: Scalars['Float']['input'];
  tier1MoneyCents: Scalars['SafeInt']['input'];
  tier2Fte: Scalars['Float']['input'];
  tier2MoneyCents: Scalars['SafeInt']['input'];
  year: Scalars['Int']['input'];
};

/** A group of the community whose voice the district seeks. */
export type FocalGroup = {
  __typename?: 'FocalGroup';
  category: FocalGroupCategory;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Estimated number of people in the group. */
  estimatedPopulation: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  /** Languages the group prefers to be engaged in. */
  languages: Array<Scalars['String']['output']>;
  /** Visible to district staff only; null for everyone else. */
  liaisonEmail: Maybe<Scalars['String']['output']>;
  /** District staff liaison who meets with the group. */
  liaisonName: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  /** Estimated share (0..1) of the region population. */
  populationShare: Scalars['Float']['output'];
  proximity: IssueProximity;
  /** null for a district-wide group. */
  region: Maybe<Region>;
  /** Requests the group raised, newest first (for a PARTNER token: its own partner's only). */
  requests: Array<Request>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type FocalGroupCategory =
  | 'AGE'
  | 'COMMUNITY'
  | 'FAMILY_ROLE'
  | 'HOUSING'
  | 'LANGUAGE_RACE_ETHNICITY'
  | 'WORK';

export type FocalGroupConnection = {
  __typename?: 'FocalGroupConnection';
  edges: Array<FocalGroupEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type FocalGroupEdge = {
  __typename?: 'FocalGroupEdge';
  /** Pass as `after` to continue after this node. */
  cursor: Scalars['String']['output'];
  node: FocalGroup;
};

export type FocalGroupFilter = {
  category?: InputMaybe<FocalGroupCategory>;
  /** Groups that prefer to be engaged in this language (ISO 639 code). */
  language?: InputMaybe<Scalars['String']['input']>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** A focal group that raised a request in an adopted plan and has not been sent the letter about it. */
export type FocalGroupNotYetTold = {
  __typename?: 'FocalGroupNotYetTold';
  /** When the plan was adopted. */
  adoptedAt: Scalars['DateTimeISO']['output'];
  /** Whole days since adoption. */
  daysSinceAdoption: Scalars['Int']['output'];
  focalGroup: FocalGroup;
  /** The plan's letter to the group still to be approved or sent; null when it was discarded or never drafted. */
  letter: Maybe<CommunicationDraft>;
  /** The adopted plan. */
  scenario: Scenario;
};

/** One focal group's share of the population against its share of engagement participation. */
export type GroupRepresentation = {
  __typename?: 'GroupRepresentation';
  /** Members of the group counted across the sessions it is measured against. */
  attendance: Scalars['Int']['output'];
  focalGroup: FocalGroup;
  focalGroupId: Scalars['ID']['output'];
  /** populationShare - participationShare; positive means under-represented. */
  gap: Scalars['Float']['output'];
  /** participationShare / populationShare: 1 is proportional, below 1 under-represented; null when populationShare is 0. */
  participationRate: Maybe<Scalars['Float']['output']>;
  /** The group's attendance divided by the headcount of the sessions it is measured against (its region's in the district report); 0 without sessions. */
  participationShare: Scalars['Float']['output'];
  /** Estimated share (0..1) of the population. */
  populationShare: Scalars['Float']['output'];
};

export type IssueApiTokenInput = {
  /** Refused from then on; omit for a token that lasts until revoked. */
  expiresAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** What the token is for, e.g. "Northside Family Center app". */
  name: Scalars['String']['input'];
  /** Your own id, or anyone's for ADMIN. */
  userId: Scalars['ID']['input'];
};

export type IssueProximity =
  | 'DIRECTLY_IMPACTED'
  | 'INDIRECTLY_IMPACTED'
  | 'SUPPORTING';

/** A newly issued token: the secret is shown here once and never again. */
export type IssuedApiToken = {
  __typename?: 'IssuedApiToken';
  apiToken: ApiToken;
  /** Send as "Authorization: Bearer <token>". Only its hash is stored. */
  token: Scalars['String']['output'];
};

/** A measurable result of an objective: baseline, target, and a current value computed from the data. */
export type KeyResult = {
  __typename?: 'KeyResult';
  baseline: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Measured now; null when the data cannot say (e.g. a suppressed survey cell). */
  currentValue: Maybe<Scalars['Float']['output']>;
  /** Share of the time from startDate to targetDate that has passed (0..1). */
  expectedProgress: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  measure: KeyResultMeasure;
  objective: Objective;
  parameters: KeyResultParameters;
  /** (currentValue - baseline) / (target - baseline); 1 = target reached. */
  progress: Maybe<Scalars['Float']['output']>;
  /** When the baseline was taken; progress is expected from here to targetDate. */
  startDate: Scalars['DateTimeISO']['output'];
  /** Null when currentValue is null. */
  status: Maybe<KeyResultStatus>;
  target: Scalars['Float']['output'];
  targetDate: Scalars['DateTimeISO']['output'];
  /** e.g. "+1 point per year on Barriers to Engagement", "100% of partners trained". */
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type KeyResultMeasure =
  | 'FAMILIES_ALIGNED_TO_RESOURCES'
  | 'FAMILIES_REACHED_PER_GROUP'
  | 'FOLLOW_THROUGH'
  | 'NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE'
  | 'PERCENT_PARTNERS_ALIGNED'
  | 'PERCENT_PARTNERS_TRAINED'
  | 'PROFESSIONS_PARTICIPATING'
  | 'SESSIONS_HELD'
  | 'SURVEY_FAVOURABILITY_CHANGE';

export type KeyResultParameters = {
  __typename?: 'KeyResultParameters';
  focalGroupId: Maybe<Scalars['ID']['output']>;
  fromWaveId: Maybe<Scalars['ID']['output']>;
  /** Exclusive end of the counted period. */
  periodEnd: Maybe<Scalars['DateTimeISO']['output']>;
  /** Inclusive start of the counted period (sessions, families reached, requests raised). */
  periodStart: Maybe<Scalars['DateTimeISO']['output']>;
  /** School year of the career and community-experience measures, e.g. "2025-26". */
  schoolYear: Maybe<Scalars['String']['output']>;
  toWaveId: Maybe<Scalars['ID']['output']>;
  topic: Maybe<Scalars['String']['output']>;
  /** FOLLOW_THROUGH: days within which a request counts as answered. */
  withinDays: Maybe<Scalars['Int']['output']>;
};

/** SURVEY_FAVOURABILITY_CHANGE: topic, fromWaveId, toWaveId (focalGroupId optional). FAMILIES_REACHED_PER_GROUP: focalGroupId. FAMILIES_ALIGNED_TO_RESOURCES: focalGroupId optional. PROFESSIONS_PARTICIPATING, NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE: schoolYear. FOLLOW_THROUGH: withinDays. Periods are optional. */
export type KeyResultParametersInput = {
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  fromWaveId?: InputMaybe<Scalars['ID']['input']>;
  periodEnd?: InputMaybe<Scalars['DateTimeISO']['input']>;
  periodStart?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** PROFESSIONS_PARTICIPATING and NINTH_GRADERS_WITH_COMMUNITY_EXPERIENCE: e.g. "2025-26". */
  schoolYear?: InputMaybe<Scalars['String']['input']>;
  toWaveId?: InputMaybe<Scalars['ID']['input']>;
  topic?: InputMaybe<Scalars['String']['input']>;
  /** FOLLOW_THROUGH: a request counts as answered when a communication reached the community within this many days (1..365). */
  withinDays?: InputMaybe<Scalars['Int']['input']>;
};

/** expected = share of the time from startDate to targetDate that has passed (0..1); progress = (current - baseline) / (target - baseline). ON_TRACK: target reached, or progress >= expected - 0.1 before targetDate. AT_RISK: progress >= expected - 0.25 before targetDate. OFF_TRACK: otherwise, and whenever targetDate has passed short of the target. */
export type KeyResultStatus =
  | 'AT_RISK'
  | 'OFF_TRACK'
  | 'ON_TRACK';

/** A language the hub's data uses, named by its ISO 639 code. */
export type Language = {
  __typename?: 'Language';
  /** ISO 639 code (639-1 where one exists, else 639-2/3, e.g. "kar" for Karen). */
  code: Scalars['String']['output'];
  /** The name in the interface language `locale` (ISO 639, e.g. "en", "es", "ar"); English where the locale has none. */
  displayName: Scalars['String']['output'];
  /** The name in the language itself (e.g. "español"), as families read it. */
  nativeName: Scalars['String']['output'];
};


/** A language the hub's data uses, named by its ISO 639 code. */
export type LanguageDisplayNameArgs = {
  locale?: InputMaybe<Scalars['String']['input']>;
};

export type LensCriterion = {
  __typename?: 'LensCriterion';
  /** The question reviewers ask themselves. */
  guidance: Maybe<Scalars['String']['output']>;
  /** Stable key, e.g. "representationGap"; the engine's score key. */
  key: Scalars['String']['output'];
  kind: CriterionKind;
  label: Scalars['String']['output'];
  source: Maybe<DerivedSource>;
  weight: Scalars['Float']['output'];
};

export type LensCriterionInput = {
  guidance?: InputMaybe<Scalars['String']['input']>;
  /** Stable key, e.g. "representationGap"; reviewer scores and weight overrides name it. */
  key: Scalars['String']['input'];
  kind: CriterionKind;
  label: Scalars['String']['input'];
  /** Required for DERIVED criteria: where the score comes from. */
  source?: InputMaybe<DerivedSource>;
  weight: Scalars['Float']['input'];
};

export type LogCommunicationInput = {
  channel: CommunicationChannel;
  communicatedAt: Scalars['DateTimeISO']['input'];
  direction: CommunicationDirection;
  /** The focal group addressed; must be one of the request's groups. */
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 639 code of the language it was delivered in, e.g. "so". */
  language: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  summary: Scalars['String']['input'];
};

/** Who is asking, and how they got in. */
export type Me = {
  __typename?: 'Me';
  /** The bearer token of this request. */
  apiToken: Maybe<ApiToken>;
  credential: CredentialKind;
  /** The partner a PARTNER user acts for. */
  partner: Maybe<Partner>;
  /** VIEWER for the public audience. */
  role: Role;
  /** The sign-in session of this request; its csrfToken goes with every mutation. */
  session: Maybe<UserSession>;
  /** Null for the public audience. */
  user: Maybe<User>;
};

/** A request that must move up together with another. */
export type MoveUpDependency = {
  __typename?: 'MoveUpDependency';
  requestId: Scalars['ID']['output'];
  /** Start year it would take. */
  year: Scalars['Int']['output'];
};

/** The smallest extra money and staff that would move a request up one tier. */
export type MoveUpNeed = {
  __typename?: 'MoveUpNeed';
  /** Largest extra FTE needed in any single year. */
  fte: Scalars['Float']['output'];
  /** What the amount guarantees, in words. */
  guarantee: Maybe<Scalars['String']['output']>;
  /** Extra money summed over every year that falls short, in cents. */
  moneyCents: Scalars['SafeInt']['output'];
  /** Unfunded requests this one depends on, which must move up with it; their needs are included. */
  movesWith: Maybe<Array<MoveUpDependency>>;
  /** Every year that needs extra money or staff, and how much (null on plans stored before it was always given). */
  perYear: Maybe<Array<YearAllocation>>;
  /** Start year it would take in the tier above. */
  year: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Records that a focal group considers its DECLINED or IMPLEMENTED request answered. */
  acknowledgeResolution: Request;
  addEngagementCommitment: EngagementCommitment;
  addEngagementPhase: EngagementPhase;
  /** Makes the scenario the cycle's plan, replacing the previous one; CONFLICT if its inputs changed since it was run. */
  adoptScenario: Scenario;
  /** Attaches a session held at the plan's school to a phase; phaseId null detaches it. */
  attachSessionToPhase: EngagementSession;
  /** Stops a queued or running scenario (CANCELLED); a finished one is returned unchanged. */
  cancelScenario: Scenario;
  createBudgetCycle: BudgetCycle;
  /** One plan per school and school year; a second is a CONFLICT. */
  createEngagementPlan: EngagementPlan;
  createEngagementSession: EngagementSession;
  createEquityLens: EquityLens;
  createFocalGroup: FocalGroup;
  createKeyResult: KeyResult;
  createObjective: Objective;
  createPartner: Partner;
  createPartnerAgreement: PartnerAgreement;
  createRegion: Region;
  /** A PARTNER token creates services for its own partner only. */
  createResource: Resource;
  createSchool: School;
  createSurvey: Survey;
  createSurveyItem: SurveyItem;
  createSurveyWave: SurveyWave;
  createUser: User;
  /** Records the school leader's decision (ACCEPTED, DECLINED with a reason) or the implementation. */
  decideSchoolRecommendation: SchoolRecommendation;
  /** Discards a letter that is not sent. */
  discardCommunicationDraft: CommunicationDraft;
  /** Re-runs a completed scenario as a new one with the money and staff the request's toMoveUp names added to the tier above and the request pinned there (with what must move with it), so staff see the real consequence for every other request. Answers once the run is finished unless wait is false. */
  fundWithExtra: Scenario;
  /** All or nothing: one bad row rejects the file (BAD_USER_INPUT with extensions.badRows: line and reason). The same importKey (default: the file's SHA-256) twice is a no-op. Large files: the import:survey CLI. */
  importSurveyResponses: SurveyImportResult;
  /** The secret is in the answer once and never again. */
  issueApiToken: IssuedApiToken;
  /** A PARTNER token logs communications on its own partner's requests only. */
  logCommunication: Communication;
  proposeSchoolRecommendation: SchoolRecommendation;
  recordCareerParticipation: CareerParticipation;
  recordCommunityExperiences: CommunityExperienceCount;
  /** Records (or corrects) the intake held with the school leaders. */
  recordEngagementIntake: EngagementPlan;
  /** Records a protocol training; the partner's trainedOnProtocolsAt follows its latest training. */
  recordPartnerTraining: PartnerTraining;
  /** Refused (BAD_USER_INPUT) when topics or follow-ups contain an e-mail address or a phone number. */
  recordPersonalVisit: PersonalVisit;
  /** Sets the referral counts of one service, school, focal group and month. A PARTNER records for its own services only. */
  recordReferrals: ReferralCount;
  /** Refused from now on, on HTTP and on open live connections. */
  revokeApiToken: ApiToken;
  /** Like startScenario, but answers once the run is finished (COMPLETED, FAILED or CANCELLED); kept for comparison and adoption. */
  runScenario: Scenario;
  /** Records your 0–5 scores of a request on reviewed criteria, replacing your earlier ones. */
  scoreRequest: Array<ReviewScore>;
  /** Queues a tiering run over every candidate request of a cycle and returns it QUEUED at once; follow it with scenarioProgress or scenario(id). */
  startScenario: Scenario;
  /** A PARTNER token submits for its own partner only. */
  submitRequest: Request;
  /** Moves a request along its lifecycle (see Request.allowedTransitions); the note becomes its statusNote. */
  transitionRequest: Request;
  updateBudgetCycle: BudgetCycle;
  updateCommunicationDraft: CommunicationDraft;
  /** E.g. mark it KEPT or MISSED. */
  updateEngagementCommitment: EngagementCommitment;
  updateEngagementPhase: EngagementPhase;
  updateEngagementPlan: EngagementPlan;
  /** A given attendance list replaces the previous one. */
  updateEngagementSession: EngagementSession;
  /** Edits the lens, or returns a new revision when an adopted scenario used this one. */
  updateEquityLens: EquityLens;
  updateFocalGroup: FocalGroup;
  updateKeyResult: KeyResult;
  updateObjective: Objective;
  /** A PARTNER token may update only its own contacts and website. */
  updatePartner: Partner;
  updatePartnerAgreement: PartnerAgreement;
  updateRegion: Region;
  /** Not allowed once the request is RESOLVED. */
  updateRequest: Request;
  /** A PARTNER token updates its own partner's services only (another partner's is NOT_FOUND). */
  updateResource: Resource;
  updateSchool: School;
  updateSurvey: Survey;
  /** active: false ends the user's sessions, tokens and live connections at once. */
  updateUser: User;
  /** Creates or replaces a language's letter template; refuses internal terms and unknown placeholders. */
  upsertCommunicationTemplate: CommunicationTemplate;
};


export type MutationAcknowledgeResolutionArgs = {
  input: AcknowledgeResolutionInput;
};


export type MutationAddEngagementCommitmentArgs = {
  input: AddEngagementCommitmentInput;
};


export type MutationAddEngagementPhaseArgs = {
  input: AddEngagementPhaseInput;
};


export type MutationAdoptScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAttachSessionToPhaseArgs = {
  phaseId: InputMaybe<Scalars['ID']['input']>;
  sessionId: Scalars['ID']['input'];
};


export type MutationCancelScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateBudgetCycleArgs = {
  input: CreateBudgetCycleInput;
};


export type MutationCreateEngagementPlanArgs = {
  input: CreateEngagementPlanInput;
};


export type MutationCreateEngagementSessionArgs = {
  input: CreateEngagementSessionInput;
};


export type MutationCreateEquityLensArgs = {
  input: CreateEquityLensInput;
};


export type MutationCreateFocalGroupArgs = {
  input: CreateFocalGroupInput;
};


export type MutationCreateKeyResultArgs = {
  input: CreateKeyResultInput;
};


export type MutationCreateObjectiveArgs = {
  input: CreateObjectiveInput;
};


export type MutationCreatePartnerArgs = {
  input: CreatePartnerInput;
};


export type MutationCreatePartnerAgreementArgs = {
  input: CreatePartnerAgreementInput;
};


export type MutationCreateRegionArgs = {
  input: CreateRegionInput;
};


export type MutationCreateResourceArgs = {
  input: CreateResourceInput;
};


export type MutationCreateSchoolArgs = {
  input: CreateSchoolInput;
};


export type MutationCreateSurveyArgs = {
  input: CreateSurveyInput;
};


export type MutationCreateSurveyItemArgs = {
  input: CreateSurveyItemInput;
};


export type MutationCreateSurveyWaveArgs = {
  input: CreateSurveyWaveInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDecideSchoolRecommendationArgs = {
  input: DecideSchoolRecommendationInput;
};


export type MutationDiscardCommunicationDraftArgs = {
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
};


export type MutationFundWithExtraArgs = {
  requestId: Scalars['ID']['input'];
  scenarioId: Scalars['ID']['input'];
  wait?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationImportSurveyResponsesArgs = {
  csv: Scalars['String']['input'];
  importKey: InputMaybe<Scalars['String']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type MutationIssueApiTokenArgs = {
  input: IssueApiTokenInput;
};


export type MutationLogCommunicationArgs = {
  input: LogCommunicationInput;
};


export type MutationProposeSchoolRecommendationArgs = {
  input: ProposeSchoolRecommendationInput;
};


export type MutationRecordCareerParticipationArgs = {
  input: RecordCareerParticipationInput;
};


export type MutationRecordCommunityExperiencesArgs = {
  input: RecordCommunityExperiencesInput;
};


export type MutationRecordEngagementIntakeArgs = {
  input: RecordEngagementIntakeInput;
};


export type MutationRecordPartnerTrainingArgs = {
  input: RecordPartnerTrainingInput;
};


export type MutationRecordPersonalVisitArgs = {
  input: RecordPersonalVisitInput;
};


export type MutationRecordReferralsArgs = {
  input: RecordReferralsInput;
};


export type MutationRevokeApiTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRunScenarioArgs = {
  input: RunScenarioInput;
};


export type MutationScoreRequestArgs = {
  lensId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
  scores: Array<CriterionScoreInput>;
};


export type MutationStartScenarioArgs = {
  input: RunScenarioInput;
};


export type MutationSubmitRequestArgs = {
  input: SubmitRequestInput;
};


export type MutationTransitionRequestArgs = {
  id: Scalars['ID']['input'];
  note: InputMaybe<Scalars['String']['input']>;
  to: RequestStatus;
  version: InputMaybe<Scalars['Int']['input']>;
};


export type MutationUpdateBudgetCycleArgs = {
  input: UpdateBudgetCycleInput;
};


export type MutationUpdateCommunicationDraftArgs = {
  input: UpdateCommunicationDraftInput;
};


export type MutationUpdateEngagementCommitmentArgs = {
  input: UpdateEngagementCommitmentInput;
};


export type MutationUpdateEngagementPhaseArgs = {
  input: UpdateEngagementPhaseInput;
};


export type MutationUpdateEngagementPlanArgs = {
  input: UpdateEngagementPlanInput;
};


export type MutationUpdateEngagementSessionArgs = {
  input: UpdateEngagementSessionInput;
};


export type MutationUpdateEquityLensArgs = {
  input: UpdateEquityLensInput;
};


export type MutationUpdateFocalGroupArgs = {
  input: UpdateFocalGroupInput;
};


export type MutationUpdateKeyResultArgs = {
  input: UpdateKeyResultInput;
};


export type MutationUpdateObjectiveArgs = {
  input: UpdateObjectiveInput;
};


export type MutationUpdatePartnerArgs = {
  input: UpdatePartnerInput;
};


export type MutationUpdatePartnerAgreementArgs = {
  input: UpdatePartnerAgreementInput;
};


export type MutationUpdateRegionArgs = {
  input: UpdateRegionInput;
};


export type MutationUpdateRequestArgs = {
  input: UpdateRequestInput;
};


export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
};


export type MutationUpdateSchoolArgs = {
  input: UpdateSchoolInput;
};


export type MutationUpdateSurveyArgs = {
  input: UpdateSurveyInput;
};


export type MutationUpdateUserArgs = {
  input: UpdateUserInput;
};


export type MutationUpsertCommunicationTemplateArgs = {
  input: UpsertCommunicationTemplateInput;
};

/** What the district wants to achieve; measured by its key results. */
export type Objective = {
  __typename?: 'Objective';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  keyResults: Array<KeyResult>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** A community organisation working with the district. */
export type Partner = {
  __typename?: 'Partner';
  agreementStatus: AgreementStatus;
  /** Private: district staff and the partner itself; null for everyone else. Newest term first. */
  agreements: Maybe<Array<PartnerAgreement>>;
  /** Serves at least one district priority area under a SIGNED agreement. */
  alignedWithDistrictPriorities: Scalars['Boolean']['output'];
  /** Private: district staff and the partner itself only; null for everyone else. */
  contacts: Maybe<Array<PartnerContact>>;
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  kind: PartnerKind;
  name: Scalars['String']['output'];
  priorityAreas: Array<PriorityArea>;
  regions: Array<Region>;
  /** Requests the partner sponsors, newest first; empty for another partner's PARTNER token. */
  requests: Array<Request>;
  /** The partner's services: active ones for everyone, inactive ones too for staff and the partner itself. */
  resources: Array<Resource>;
  schools: Array<School>;
  /** Trained on district guidelines and protocols. */
  trained: Scalars['Boolean']['output'];
  /** When the partner was trained on district guidelines and protocols. */
  trainedOnProtocolsAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Private: district staff and the partner itself; null for everyone else. Newest first. */
  trainings: Maybe<Array<PartnerTraining>>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
};

/** An agreement between the district and a partner, with its term. Private to district staff and that partner. */
export type PartnerAgreement = {
  __typename?: 'PartnerAgreement';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Last day of the term; null: open-ended. */
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  id: Scalars['ID']['output'];
  notes: Maybe<Scalars['String']['output']>;
  /** First day of the term. */
  startsAt: Scalars['DateTimeISO']['output'];
  /** DRAFT, SIGNED or EXPIRED (NONE is not an agreement). */
  status: AgreementStatus;
  type: AgreementType;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type PartnerConnection = {
  __typename?: 'PartnerConnection';
  edges: Array<PartnerEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type PartnerContact = {
  __typename?: 'PartnerContact';
  email: Maybe<Scalars['String']['output']>;
  /** ISO 639 code of the language the contact prefers, e.g. "so". */
  language: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  role: Maybe<Scalars['String']['output']>;
};

export type PartnerContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  /** ISO 639 code, e.g. "es". */
  language?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Scalars['String']['input']>;
};

export type PartnerEdge = {
  __typename?: 'PartnerEdge';
  /** Pass as `after` to continue after this node. */
  cursor: Scalars['String']['output'];
  node: Partner;
};

export type PartnerFilter = {
  agreementStatus?: InputMaybe<AgreementStatus>;
  kind?: InputMaybe<PartnerKind>;
  /** Partners serving this priority area. */
  priorityArea?: InputMaybe<PriorityArea>;
  /** Partners serving this region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the name, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** true: trained on district protocols; false: not yet trained. */
  trained?: InputMaybe<Scalars['Boolean']['input']>;
};

export type PartnerKind =
  | 'BUSINESS'
  | 'CULTURAL'
  | 'FAITH'
  | 'GOVERNMENT'
  | 'HEALTH'
  | 'HIGHER_ED'
  | 'NON_PROFIT'
  | 'PHILANTHROPY';

/** A partner was trained on a district protocol. Private to district staff and that partner. */
export type PartnerTraining = {
  __typename?: 'PartnerTraining';
  createdAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** How many of the partner's staff took part. */
  participants: Maybe<Scalars['Int']['output']>;
  /** The protocol trained on, e.g. "Family engagement protocol", "Mandated reporting". */
  protocol: Scalars['String']['output'];
  trainedAt: Scalars['DateTimeISO']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A personal visit with a parent or guardian; never names, addresses or contacts of the family. District staff only. */
export type PersonalVisit = {
  __typename?: 'PersonalVisit';
  createdAt: Scalars['DateTimeISO']['output'];
  focalGroup: Maybe<FocalGroup>;
  /** What staff agreed to follow up on. */
  followUps: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ISO 639 code of the language the visit was held in, e.g. "es", "so", "kar". */
  language: Scalars['String']['output'];
  phaseId: Scalars['ID']['output'];
  /** The staff member's role, e.g. "Family liaison" or "Teacher". */
  staffRole: Scalars['String']['output'];
  /** What the family wanted to talk about. */
  topics: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  visitedAt: Scalars['DateTimeISO']['output'];
};

/** A scenario was adopted as a cycle's plan. */
export type PlanChange = {
  __typename?: 'PlanChange';
  cycleId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Partners with plan items in the new plan: all of them for staff, only the own partner for a PARTNER, none for a VIEWER. */
  partnerIds: Array<Scalars['ID']['output']>;
  /** The scenario now adopted as the plan. */
  scenarioId: Scalars['ID']['output'];
};

export type PriorityArea =
  | 'AFTER_SCHOOL_AND_SUMMER'
  | 'ATTENDANCE'
  | 'BASIC_NEEDS'
  | 'CAREER_PATHWAYS'
  | 'EARLY_CHILDHOOD'
  | 'FAMILY_ENGAGEMENT'
  | 'LANGUAGE_ACCESS'
  | 'MENTAL_HEALTH';

export type ProcessStep =
  | 'CLOSING'
  | 'CONVENING'
  | 'EVALUATING'
  | 'EXPLORING'
  | 'GENERATING'
  | 'LESSONS_LEARNED'
  | 'OPENING'
  | 'REFINING'
  | 'REFRAMING';

export type ProposeSchoolRecommendationInput = {
  period: SchoolReportPeriod;
  planId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A user's tokens, newest first: your own, or anyone's for ADMIN. */
  apiTokens: Array<ApiToken>;
  /** Changes to one record, newest first; entity is the type name, e.g. "Partner". */
  auditTrail: Array<AuditEvent>;
  budgetCycle: BudgetCycle;
  /** Budget cycles by name; the envelopes are public. */
  budgetCycles: Array<BudgetCycle>;
  /** Career-programme participation by profession and school in a school year (aggregate counts). */
  careerParticipation: Array<CareerParticipation>;
  /** The communication audit of [from, to) per focal group and language; also as CSV (exportLink kind COMMUNICATION_AUDIT). */
  communicationAudit: CommunicationAudit;
  /** Letters prepared on adoption, newest first; `needsTranslation: true` is a liaison's inbox. */
  communicationDrafts: Array<CommunicationDraft>;
  /** Letter templates, one per language. */
  communicationTemplates: Array<CommunicationTemplate>;
  /** 9th graders with a community-based experience, per school, in a school year. */
  communityExperiences: Array<CommunityExperienceCount>;
  compareScenarios: ScenarioComparison;
  engagementPlan: EngagementPlan;
  /** Engagement plans, newest school year first. Plans are public; personal visits are not. */
  engagementPlans: Array<EngagementPlan>;
  engagementSession: EngagementSession;
  /** Sessions ordered by date; from and to are inclusive. */
  engagementSessions: Array<EngagementSession>;
  equityLens: EquityLens;
  /** The latest revision of each lens, or every revision. */
  equityLenses: Array<EquityLens>;
  /** A signed link to a download (CSV, or a pabulib .pb file) that works without credentials for EXPORT_LINK_TTL_SECONDS (5 minutes by default), with the role and partner of whoever asked. An altered link answers 403 EXPORT_LINK_INVALID, an old one 410 EXPORT_LINK_EXPIRED. */
  exportLink: ExportLink;
  focalGroup: FocalGroup;
  /** Focal groups ordered by name; a cursor connection. */
  focalGroups: FocalGroupConnection;
  /** Focal groups that raised a request in an adopted plan (of this cycle, or of any) and were not sent its letter yet. */
  focalGroupsNotYetTold: Array<FocalGroupNotYetTold>;
  /** Key results (of one objective, or all) with current values measured from the data. */
  keyResults: Array<KeyResult>;
  /** The languages the data uses (ISO 639 codes), each with its display name in any interface language. */
  languages: Array<Language>;
  /** Who is asking: any caller, the public included. */
  me: Me;
  objectives: Array<Objective>;
  partner: Partner;
  /** Partners ordered by name; a cursor connection. */
  partners: PartnerConnection;
  /** The personal visits of a phase: district staff only. */
  personalVisits: Array<PersonalVisit>;
  /** The adopted plan of a cycle; partner apps see their own requests only. */
  plan: Array<Allocation>;
  /** Referral counts, newest month first. A PARTNER reads those to its own services only. */
  referrals: ReferralCountConnection;
  region: Region;
  regions: Array<Region>;
  /** A public aggregate; regionId null reports on the whole district. */
  representation: RepresentationReport;
  /** NOT_FOUND, exactly like a missing id, for a PARTNER token when the request belongs to another partner. */
  request: Request;
  /** Requests, newest first; a PARTNER token sees its own partner's requests only. */
  requests: RequestConnection;
  /** DECLINED or IMPLEMENTED requests some focal groups have not acknowledged yet, and from whom; longest waiting first. */
  requestsAwaitingAcknowledgement: Array<RequestAwaitingAcknowledgement>;
  resource: Resource;
  /** The public directory of partners' services for families, by name; a cursor connection. No sign-in needed. */
  resources: ResourceConnection;
  /** NOT_FOUND for partners and viewers unless it is the adopted plan (exactly like a missing id). */
  scenario: Scenario;
  /** Scenarios of a cycle, newest first; partners and viewers see only the adopted plan's scenario. */
  scenarios: Array<Scenario>;
  /** The biannual report of a plan computed from the data; survey figures under the survey suppression rules for every role, the visit summary for district staff only. Also as PDF: GET /exports/school-report.pdf?planId=&period=. */
  schoolReport: SchoolReport;
  schools: Array<School>;
  survey: Survey;
  /** Percent favourable, mean and n by any dimensions. The same for every role: only whole publication classes of at least the configured minCellSize are counted, so no difference of two results isolates a small group. */
  surveyResults: SurveyResults;
  /** Change of every topic between consecutive waves, per group of groupBy (WAVE and TOPIC are implied). */
  surveyTrends: Array<SurveyTrend>;
  surveys: Array<Survey>;
  /** Requests owed an answer for at least olderThanDays days: never answered, or no communication to the community since their last status change (or since the community last wrote); longest waiting first (at most 500). liaisonId (a user) narrows them to the focal groups that user is liaison of. */
  unansweredRequests: Array<UnansweredRequest>;
  /** Every user, by email. */
  users: Array<User>;
};


export type QueryApiTokensArgs = {
  userId: Scalars['ID']['input'];
};


export type QueryAuditTrailArgs = {
  entity: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type QueryBudgetCycleArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCareerParticipationArgs = {
  schoolYear: Scalars['String']['input'];
};


export type QueryCommunicationAuditArgs = {
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryCommunicationDraftsArgs = {
  filter: InputMaybe<CommunicationDraftFilter>;
};


export type QueryCommunityExperiencesArgs = {
  schoolYear: Scalars['String']['input'];
};


export type QueryCompareScenariosArgs = {
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
};


export type QueryEngagementPlanArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEngagementPlansArgs = {
  schoolId: InputMaybe<Scalars['ID']['input']>;
  schoolYear: InputMaybe<Scalars['String']['input']>;
};


export type QueryEngagementSessionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEngagementSessionsArgs = {
  from: InputMaybe<Scalars['DateTimeISO']['input']>;
  regionId: InputMaybe<Scalars['ID']['input']>;
  schoolId: InputMaybe<Scalars['ID']['input']>;
  to: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryEquityLensArgs = {
  id: Scalars['ID']['input'];
};


export type QueryEquityLensesArgs = {
  includeAllRevisions?: Scalars['Boolean']['input'];
};


export type QueryExportLinkArgs = {
  kind: ExportKind;
  parameters: InputMaybe<ExportLinkParameters>;
};


export type QueryFocalGroupArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFocalGroupsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<FocalGroupFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryFocalGroupsNotYetToldArgs = {
  cycleId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryKeyResultsArgs = {
  objectiveId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPartnerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryPartnersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<PartnerFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPersonalVisitsArgs = {
  phaseId: Scalars['ID']['input'];
};


export type QueryPlanArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QueryReferralsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ReferralFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryRegionArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRepresentationArgs = {
  regionId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryRequestArgs = {
  id: Scalars['ID']['input'];
};


export type QueryRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<RequestFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryRequestsAwaitingAcknowledgementArgs = {
  liaisonId: InputMaybe<Scalars['ID']['input']>;
};


export type QueryResourceArgs = {
  id: Scalars['ID']['input'];
};


export type QueryResourcesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ResourceFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryScenarioArgs = {
  id: Scalars['ID']['input'];
};


export type QueryScenariosArgs = {
  cycleId: Scalars['ID']['input'];
};


export type QuerySchoolReportArgs = {
  period: SchoolReportPeriod;
  planId: Scalars['ID']['input'];
};


export type QuerySchoolsArgs = {
  regionId: InputMaybe<Scalars['ID']['input']>;
};


export type QuerySurveyArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySurveyResultsArgs = {
  filter: InputMaybe<SurveyResultsFilter>;
  groupBy: Array<SurveyDimension>;
  minCellSize: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QuerySurveyTrendsArgs = {
  filter: InputMaybe<SurveyResultsFilter>;
  groupBy?: Array<SurveyDimension>;
  minCellSize: InputMaybe<Scalars['Int']['input']>;
  surveyId: Scalars['ID']['input'];
};


export type QueryUnansweredRequestsArgs = {
  liaisonId: InputMaybe<Scalars['ID']['input']>;
  olderThanDays?: Scalars['Int']['input'];
};

/** PROPOSED -> ACCEPTED (by the school leader) -> IMPLEMENTED; PROPOSED or ACCEPTED -> DECLINED, always with a reason. */
export type RecommendationStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'IMPLEMENTED'
  | 'PROPOSED';

/** Sets the participants of one profession at one school in one school year (again: replaces). */
export type RecordCareerParticipationInput = {
  participants: Scalars['Int']['input'];
  /** The partner that brought them, if any. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  profession: Scalars['String']['input'];
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
};

/** Sets one school's 9th-grade figures for a school year (again: replaces). */
export type RecordCommunityExperiencesInput = {
  ninthGraders: Scalars['Int']['input'];
  schoolId: Scalars['ID']['input'];
  schoolYear: Scalars['String']['input'];
  withExperience: Scalars['Int']['input'];
};

/** The intake with the school leaders; replaces what was recorded before. */
export type RecordEngagementIntakeInput = {
  agreedNeeds: Array<Scalars['String']['input']>;
  heldAt: Scalars['DateTimeISO']['input'];
  id: Scalars['ID']['input'];
  /** Roles of who took part, never names of families. */
  participants: Array<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type RecordPartnerTrainingInput = {
  participants?: InputMaybe<Scalars['Int']['input']>;
  partnerId: Scalars['ID']['input'];
  protocol: Scalars['String']['input'];
  trainedAt: Scalars['DateTimeISO']['input'];
};

/** A listening visit. There is deliberately no field for a family's name, address or contact. */
export type RecordPersonalVisitInput = {
  /** The focal group the family belongs to, when known. */
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** At most 10. */
  followUps?: Array<Scalars['String']['input']>;
  /** ISO 639 code, e.g. "es". */
  language: Scalars['String']['input'];
  /** A PERSONAL_VISITS phase. */
  phaseId: Scalars['ID']['input'];
  staffRole: Scalars['String']['input'];
  /** At most 10. */
  topics: Array<Scalars['String']['input']>;
  visitedAt: Scalars['DateTimeISO']['input'];
};

/** Sets the counts of one cell (service, school, focal group, month); recording a cell again replaces its counts. */
export type RecordReferralsInput = {
  connected: Scalars['Int']['input'];
  declined: Scalars['Int']['input'];
  focalGroupId: Scalars['ID']['input'];
  /** "YYYY-MM". */
  month: Scalars['String']['input'];
  resourceId: Scalars['ID']['input'];
  schoolId: Scalars['ID']['input'];
  waiting: Scalars['Int']['input'];
};

/** Families referred to a service, counted per school, focal group and month, by outcome. No personal identifiers: a count, never a family. Visible to district staff and to the partner offering the service. */
export type ReferralCount = {
  __typename?: 'ReferralCount';
  /** Families now using the service. */
  connected: Scalars['Int']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Families who declined the service. */
  declined: Scalars['Int']['output'];
  focalGroup: FocalGroup;
  id: Scalars['ID']['output'];
  /** Calendar month of the referrals, "YYYY-MM". */
  month: Scalars['String']['output'];
  /** connected + waiting + declined: families referred. */
  referred: Scalars['Int']['output'];
  resource: Resource;
  school: School;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  /** Families on a waiting list or not yet reached by the partner. */
  waiting: Scalars['Int']['output'];
};

export type ReferralCountConnection = {
  __typename?: 'ReferralCountConnection';
  edges: Array<ReferralCountEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ReferralCountEdge = {
  __typename?: 'ReferralCountEdge';
  /** Pass as `after` to continue after this node. */
  cursor: Scalars['String']['output'];
  node: ReferralCount;
};

export type ReferralFilter = {
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  /** First month, "YYYY-MM", inclusive. */
  fromMonth?: InputMaybe<Scalars['String']['input']>;
  /** Referrals to the services of one partner (a PARTNER sees only its own anyway). */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  resourceId?: InputMaybe<Scalars['ID']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Last month, "YYYY-MM", inclusive. */
  toMonth?: InputMaybe<Scalars['String']['input']>;
};

/** Referral counts of one cell (service, school, focal group, month) were recorded. */
export type ReferralsRecorded = {
  __typename?: 'ReferralsRecorded';
  connected: Scalars['Int']['output'];
  declined: Scalars['Int']['output'];
  focalGroupId: Scalars['ID']['output'];
  month: Scalars['String']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  partnerId: Scalars['ID']['output'];
  referralCountId: Scalars['ID']['output'];
  resourceId: Scalars['ID']['output'];
  schoolId: Scalars['ID']['output'];
  waiting: Scalars['Int']['output'];
};

/** A part of the district (e.g. North, Central, South). */
export type Region = {
  __typename?: 'Region';
  /** Short code used in reports, e.g. "NORTH". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Groups of this region (district-wide groups are not listed). */
  focalGroups: Array<FocalGroup>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  schools: Array<School>;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** Who takes part in engagement compared with who lives in the community, and who is missing. */
export type RepresentationReport = {
  __typename?: 'RepresentationReport';
  /** Ordered by focal group name. */
  groups: Array<GroupRepresentation>;
  /** Groups whose participation rate is below 0.5: who is missing from the conversation. */
  missingGroups: Array<FocalGroup>;
  /** null for the whole district. */
  region: Maybe<Region>;
  /** null for the whole district. */
  regionId: Maybe<Scalars['ID']['output']>;
  /** Lowest participation rate divided by the highest, over groups with a population share: 1 when every group takes part in proportion, 0 when some group is absent. */
  representativeness: Scalars['Float']['output'];
  /** Number of engagement sessions in the report's scope. */
  sessionCount: Scalars['Int']['output'];
  /** Total headcount of the report's sessions. */
  totalAttendees: Scalars['Int']['output'];
};

/** A competing request raised by one or more focal groups. */
export type Request = {
  __typename?: 'Request';
  /** Private (names community members): empty for VIEWER tokens. */
  acknowledgements: Array<ResolutionAcknowledgement>;
  /** Next statuses the lifecycle allows; RESOLVED also needs every acknowledgement. */
  allowedTransitions: Array<RequestStatus>;
  /** Requests sharing this key are alternatives: at most one is funded. */
  alternativeGroup: Maybe<Scalars['String']['output']>;
  /** Focal groups that have not acknowledged yet; RESOLVED needs this to be empty. */
  awaitingAcknowledgementFrom: Array<FocalGroup>;
  /** The communication log, oldest first. Private: empty for VIEWER tokens. */
  communications: Array<Communication>;
  createdAt: Scalars['DateTimeISO']['output'];
  /** Requests that must start no later than this one (for a PARTNER token: its own ones only). */
  dependsOn: Array<Request>;
  description: Scalars['String']['output'];
  /** First fiscal year the request could start. */
  earliestYear: Scalars['Int']['output'];
  focalGroups: Array<FocalGroup>;
  /** Staff (full-time equivalents) needed from the start year on. */
  fte: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  /** One-time cost in the start year, in cents. */
  oneTimeCents: Scalars['SafeInt']['output'];
  /** The sponsoring partner, if any; null for viewers who may not know it (VIEWER, another partner). */
  partner: Maybe<Partner>;
  /** People the request would reach. */
  peopleImpacted: Scalars['Int']['output'];
  priorityArea: PriorityArea;
  /** Cost in every year from the start year on, in cents. */
  recurringCents: Scalars['SafeInt']['output'];
  status: RequestStatus;
  /** When the request reached its current status (its submission for a new one); an answer is owed from then on. */
  statusChangedAt: Scalars['DateTimeISO']['output'];
  /** Why the request reached its current status, as noted on the last transition; public, so decisions are explained. */
  statusNote: Maybe<Scalars['String']['output']>;
  /** Survey topic whose low favourability among the focal groups signals need. */
  surveyTopic: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  /** One-time cost plus the recurring cost of every year in the horizon, in cents. */
  totalCostCents: Scalars['SafeInt']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};


/** A competing request raised by one or more focal groups. */
export type RequestTotalCostCentsArgs = {
  horizonYears: Scalars['Int']['input'];
};

/** A request DECLINED or IMPLEMENTED that some of its focal groups have not acknowledged yet. */
export type RequestAwaitingAcknowledgement = {
  __typename?: 'RequestAwaitingAcknowledgement';
  /** The groups whose acknowledgement is still missing, by name. */
  awaitingFrom: Array<FocalGroup>;
  request: Request;
  /** When the request reached its current status. */
  since: Scalars['DateTimeISO']['output'];
};

/** Requests, newest first. */
export type RequestConnection = {
  __typename?: 'RequestConnection';
  edges: Array<RequestEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type RequestEdge = {
  __typename?: 'RequestEdge';
  /** Pass as `after` to continue after this node. */
  cursor: Scalars['String']['output'];
  node: Request;
};

/** All conditions must hold; omitted ones do not filter. */
export type RequestFilter = {
  /** Raised by this focal group. */
  focalGroupId?: InputMaybe<Scalars['ID']['input']>;
  maxEarliestYear?: InputMaybe<Scalars['Int']['input']>;
  minEarliestYear?: InputMaybe<Scalars['Int']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  priorityArea?: InputMaybe<PriorityArea>;
  /** Raised by at least one focal group of this region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the title, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Any of these statuses. */
  status?: InputMaybe<Array<RequestStatus>>;
};

export type RequestStatus =
  | 'DECLINED'
  | 'DEFERRED'
  | 'FUNDED'
  | 'IMPLEMENTED'
  | 'RESOLVED'
  | 'SUBMITTED'
  | 'TIERED'
  | 'UNDER_REVIEW';

/** A request changed: enough to update a client's copy without refetching it. */
export type RequestUpdate = {
  __typename?: 'RequestUpdate';
  /** Names of the fields (or log entries, e.g. "communications") the write changed. */
  changedFields: Array<Scalars['String']['output']>;
  focalGroupIds: Array<Scalars['ID']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Sponsoring partner; shown to district staff and to that partner only, null for everyone else. */
  partnerId: Maybe<Scalars['ID']['output']>;
  requestId: Scalars['ID']['output'];
  status: RequestStatus;
  /** The request's version after the write; a client holding an older one is stale. */
  version: Scalars['Int']['output'];
};

/** A focal group's acknowledgement that its request was answered; RESOLVED needs one from every group. */
export type ResolutionAcknowledgement = {
  __typename?: 'ResolutionAcknowledgement';
  /** Who acknowledged on behalf of the group (e.g. the group's spokesperson, as recorded by the liaison). */
  acknowledgedBy: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  focalGroup: FocalGroup;
  id: Scalars['ID']['output'];
  note: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A service a partner offers to families (a "resource" of the public directory): what it is, for whom, in which languages, what it costs, where (schools, or whole regions), who is eligible and whom to contact. Exported as an Open Referral HSDS 3.0 service. */
export type Resource = {
  __typename?: 'Resource';
  audiences: Array<ResourceAudience>;
  /** The service's public contact address (not a person's). */
  contactEmail: Maybe<Scalars['String']['output']>;
  contactPhone: Maybe<Scalars['String']['output']>;
  /** Fees, sliding scale, what is covered. */
  costDescription: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTimeISO']['output'];
  description: Scalars['String']['output'];
  /** Who may use the service. */
  eligibility: Maybe<Scalars['String']['output']>;
  /** No charge to families. */
  free: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  /** ISO 639 codes of the languages the service is delivered in (without interpretation). */
  languages: Array<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  partner: Partner;
  /** The district priority the service is aligned to. */
  priorityArea: PriorityArea;
  /** Regions served as a whole. */
  regions: Array<Region>;
  /** Schools where the service is offered. */
  schools: Array<School>;
  status: ResourceStatus;
  updatedAt: Scalars['DateTimeISO']['output'];
  url: Maybe<Scalars['String']['output']>;
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type ResourceAudience =
  | 'CAREGIVERS'
  | 'FAMILIES'
  | 'SCHOOL_STAFF'
  | 'STUDENTS'
  | 'YOUNG_CHILDREN'
  | 'YOUTH';

export type ResourceConnection = {
  __typename?: 'ResourceConnection';
  edges: Array<ResourceEdge>;
  pageInfo: PageInfo;
  /** Rows matching the filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type ResourceEdge = {
  __typename?: 'ResourceEdge';
  /** Pass as `after` to continue after this node. */
  cursor: Scalars['String']['output'];
  node: Resource;
};

/** Every field narrows the directory; a school matches services offered at it and services covering its whole region. */
export type ResourceFilter = {
  audience?: InputMaybe<ResourceAudience>;
  /** Only services without charge to families. */
  free?: InputMaybe<Scalars['Boolean']['input']>;
  /** An ISO 639 code, e.g. "es". */
  language?: InputMaybe<Scalars['String']['input']>;
  /** Services of one partner. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  priorityArea?: InputMaybe<PriorityArea>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  /** Words in the name, description or eligibility, case-insensitive. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** INACTIVE services are listed only to district staff and, for its own, a PARTNER; the default is ACTIVE. */
  status?: InputMaybe<ResourceStatus>;
};

export type ResourceStatus =
  | 'ACTIVE'
  | 'INACTIVE';

/** One reviewer's 0–5 score of a request on a reviewed criterion. */
export type ReviewScore = {
  __typename?: 'ReviewScore';
  createdAt: Scalars['DateTimeISO']['output'];
  criterionKey: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lensKey: Scalars['String']['output'];
  request: Request;
  reviewer: Scalars['String']['output'];
  score: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type Role =
  | 'ADMIN'
  | 'BUDGET_STAFF'
  | 'LIAISON'
  | 'PARTNER'
  | 'VIEWER';

export type RunScenarioInput = {
  capAdjustments?: InputMaybe<Array<CapAdjustmentInput>>;
  /** Objective bonus per focal group with at least one funded request. */
  coverageBonus?: Scalars['Float']['input'];
  cycleId: Scalars['ID']['input'];
  /** Value of starting one year later, as a factor (0 < discount <= 1). */
  discount?: Scalars['Float']['input'];
  /** The lens revision to score with. */
  lensId: Scalars['ID']['input'];
  /** OPTIMAL stops once each tier is proven within this relative gap of the best possible objective (0.01 = 1%). 0 asks for a proof of optimality, which on hundreds of requests often runs into the time limit. */
  mipGap?: Scalars['Float']['input'];
  name: Scalars['String']['input'];
  pins?: InputMaybe<Array<ScenarioPinInput>>;
  /** Queue priority 0..10: higher runs first; first come, first served within a priority. */
  priority?: Scalars['Int']['input'];
  solver?: ScenarioSolver;
  weightOverrides?: InputMaybe<Array<WeightOverrideInput>>;
};

/** A named tiering run over a budget cycle; one per cycle is adopted as the plan. */
export type Scenario = {
  __typename?: 'Scenario';
  /** Whether this scenario is the cycle's current plan. */
  adopted: Scalars['Boolean']['output'];
  adoptedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** How many times a solver took it (2 when its first instance died mid-solve). */
  attempt: Scalars['Int']['output'];
  /** The scenario a fundWithExtra what-if re-ran; staff only (null otherwise). */
  basedOn: Maybe<Scenario>;
  capAdjustments: Array<CapAdjustment>;
  coverageBonus: Scalars['Float']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Who ran it; staff only. */
  createdBy: Maybe<Scalars['String']['output']>;
  cycle: BudgetCycle;
  discount: Scalars['Float']['output'];
  /** Money and staff added to the envelopes (a fundWithExtra what-if); empty otherwise. */
  extraFunds: Array<ExtraFunds>;
  failureMessage: Maybe<Scalars['String']['output']>;
  finishedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The request a fundWithExtra what-if funded; staff only (null otherwise). */
  fundedRequest: Maybe<Request>;
  id: Scalars['ID']['output'];
  inputsHash: Scalars['String']['output'];
  /** Every candidate request's place, by tier then rank; partner apps see their own requests only. */
  items: Array<ScenarioItem>;
  /** The exact lens revision the scenario was run with. */
  lens: EquityLens;
  /** The lens revision the scenario was run with. */
  lensRevision: Scalars['Int']['output'];
  /** Relative gap OPTIMAL was asked to prove each tier within (0 = optimality); tiers report the gap actually proven. */
  mipGap: Scalars['Float']['output'];
  name: Scalars['String']['output'];
  /** Staff decisions and their reasons; empty for partner and public tokens. */
  pins: Array<ScenarioPin>;
  /** Queue priority: higher runs first; first come, first served within a priority. */
  priority: Scalars['Int']['output'];
  /** The last progress reported; null before a solver took it. */
  progress: Maybe<ScenarioProgress>;
  /** The hub instance that ran (or runs) it. */
  runnerInstance: Maybe<Scalars['String']['output']>;
  solveMillis: Maybe<Scalars['Int']['output']>;
  solver: ScenarioSolver;
  startedAt: Maybe<Scalars['DateTimeISO']['output']>;
  status: ScenarioStatus;
  /** When another adoption replaced this plan. */
  supersededAt: Maybe<Scalars['DateTimeISO']['output']>;
  tiers: Array<ScenarioTierSummary>;
  updatedAt: Scalars['DateTimeISO']['output'];
  weightOverrides: Array<WeightOverride>;
};

/** What changes from scenario a to scenario b of the same cycle. */
export type ScenarioComparison = {
  __typename?: 'ScenarioComparison';
  a: Scenario;
  b: Scenario;
  changedItems: Array<ScenarioItemChange>;
  /** Groups with a Tier 1 request in b but none in a. */
  groupsGainedCoverage: Array<FocalGroup>;
  /** Groups with a Tier 1 request in a but none in b. */
  groupsLostCoverage: Array<FocalGroup>;
  moneyByYearAndTier: Array<TierMoneyDelta>;
};

/** A tiering scenario finished running. */
export type ScenarioCompletion = {
  __typename?: 'ScenarioCompletion';
  cycleId: Scalars['ID']['output'];
  occurredAt: Scalars['DateTimeISO']['output'];
  scenarioId: Scalars['ID']['output'];
};

/** One request's place in a scenario: tier, start year, rank and why. */
export type ScenarioItem = {
  __typename?: 'ScenarioItem';
  allocations: Array<YearAllocation>;
  createdAt: Scalars['DateTimeISO']['output'];
  equityScore: Scalars['Float']['output'];
  id: Scalars['ID']['output'];
  rank: Scalars['Int']['output'];
  /** The binding reason, in words and numbers. */
  reason: Scalars['String']['output'];
  /** Machine-readable kind of reason, e.g. MONEY_CAP, DEPENDENCY, PINNED. */
  reasonCode: Scalars['String']['output'];
  request: Request;
  /** Each criterion's weighted contribution; they add up to equityScore. */
  scoreBreakdown: Array<CriterionValue>;
  startYear: Maybe<Scalars['Int']['output']>;
  /** 1 funded now, 2 funded first if money or staff appear, 3 saved for later. */
  tier: Scalars['Int']['output'];
  toMoveUp: Maybe<MoveUpNeed>;
  updatedAt: Scalars['DateTimeISO']['output'];
};

/** A request placed differently by two scenarios. */
export type ScenarioItemChange = {
  __typename?: 'ScenarioItemChange';
  request: Request;
  startYearA: Maybe<Scalars['Int']['output']>;
  startYearB: Maybe<Scalars['Int']['output']>;
  tierA: Maybe<Scalars['Int']['output']>;
  tierB: Maybe<Scalars['Int']['output']>;
};

export type ScenarioPhase =
  | 'DONE'
  | 'EXPLAIN'
  | 'MODEL'
  | 'QUEUED'
  | 'STORING'
  | 'TIER1'
  | 'TIER2';

/** A request budget staff forced into a tier and year, or kept out of Tiers 1 and 2. */
export type ScenarioPin = {
  __typename?: 'ScenarioPin';
  excluded: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  requestId: Scalars['ID']['output'];
  startYear: Maybe<Scalars['Int']['output']>;
  tier: Maybe<Scalars['Int']['output']>;
};

/** Force a request into a tier and start year, or keep it out of Tiers 1 and 2 (excluded). */
export type ScenarioPinInput = {
  excluded?: Scalars['Boolean']['input'];
  /** Why; quoted in the request's explanation. */
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  startYear?: InputMaybe<Scalars['Int']['input']>;
  tier?: InputMaybe<Scalars['Int']['input']>;
};

/** How far a scenario run has come; also the payload of scenarioProgress. */
export type ScenarioProgress = {
  __typename?: 'ScenarioProgress';
  /** Milliseconds since the run started (0 while queued). */
  elapsedMillis: Scalars['Int']['output'];
  /** Proven relative gap of that tier (0 = proven optimal; null for GREEDY). */
  gap: Maybe<Scalars['Float']['output']>;
  /** The hub instance running it. */
  instance: Maybe<Scalars['String']['output']>;
  /** Objective of that tier's best schedule. */
  objective: Maybe<Scalars['Float']['output']>;
  occurredAt: Scalars['DateTimeISO']['output'];
  phase: ScenarioPhase;
  scenarioId: Scalars['ID']['output'];
  status: ScenarioStatus;
  /** The tier the objective and gap belong to: the last one finished. */
  tier: Maybe<Scalars['Int']['output']>;
};

export type ScenarioSolver =
  | 'GREEDY'
  | 'OPTIMAL';

export type ScenarioStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'FAILED'
  | 'QUEUED'
  | 'RUNNING';

export type ScenarioTierSummary = {
  __typename?: 'ScenarioTierSummary';
  /** Proven relative gap; null for GREEDY (no bound known). */
  gap: Maybe<Scalars['Float']['output']>;
  /** Σ equity × discount^(start year index) + coverage bonus of the tier's schedule. */
  objective: Scalars['Float']['output'];
  status: TierSolveStatus;
  tier: Scalars['Int']['output'];
};

export type School = {
  __typename?: 'School';
  createdAt: Scalars['DateTimeISO']['output'];
  enrollment: Maybe<Scalars['Int']['output']>;
  /** Named high priority by the district (besides Title I) for personalised engagement. */
  highPriority: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region: Region;
  /** Title I schools are prioritised for personalised engagement. */
  titleOne: Scalars['Boolean']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** One focal group's share of the school's community against its share of the school's session attendance. */
export type SchoolGroupAttendance = {
  __typename?: 'SchoolGroupAttendance';
  /** Members of the group counted at the school's sessions of the period. */
  attendance: Scalars['Int']['output'];
  focalGroup: FocalGroup;
  focalGroupId: Scalars['ID']['output'];
  /** populationShare - participationShare: positive means under-represented (a representation gap). */
  gap: Scalars['Float']['output'];
  /** participationShare / populationShare; null when populationShare is 0. */
  participationRate: Maybe<Scalars['Float']['output']>;
  /** attendance / the headcount of the school's sessions of the period; 0 without sessions. */
  participationShare: Scalars['Float']['output'];
  /** Estimated share (0..1) of the community (the region of the school, or the district for district-wide groups). */
  populationShare: Scalars['Float']['output'];
};

/** A recommendation for the school leaders written by engagement staff in a biannual school report. */
export type SchoolRecommendation = {
  __typename?: 'SchoolRecommendation';
  createdAt: Scalars['DateTimeISO']['output'];
  decidedAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** Who at the school decided (a role, e.g. "Principal"); null while PROPOSED. */
  decidedBy: Maybe<Scalars['String']['output']>;
  /** Why it was declined; always set when DECLINED. */
  declineReason: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  period: SchoolReportPeriod;
  status: RecommendationStatus;
  text: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** A biannual report on personalised engagement with one school, computed from the data. */
export type SchoolReport = {
  __typename?: 'SchoolReport';
  /** The focal groups of the school's region and the district-wide ones, by name. */
  attendance: Array<SchoolGroupAttendance>;
  commitments: CommitmentTally;
  /** DISTRICT, then SCHOOL. */
  commitmentsByParty: Array<CommitmentTally>;
  /** First instant of the period. */
  from: Scalars['DateTimeISO']['output'];
  /** Groups whose participation rate is below 0.5. */
  missingGroups: Array<FocalGroup>;
  period: SchoolReportPeriod;
  phases: Array<SchoolReportPhase>;
  planId: Scalars['ID']['output'];
  /** Recommendations written for this report, oldest first. */
  recommendations: Array<SchoolRecommendation>;
  school: School;
  schoolId: Scalars['ID']['output'];
  schoolYear: Scalars['String']['output'];
  /** Engagement sessions held at the school in the period. */
  sessionCount: Scalars['Int']['output'];
  /** Surveys with a wave fielded in the period. */
  surveys: Array<SchoolSurveyResults>;
  /** Their total headcount. */
  totalAttendees: Scalars['Int']['output'];
  /** End of the period (exclusive). */
  until: Scalars['DateTimeISO']['output'];
  /** Personal visits in the period (the count is public; the summary is staff only). */
  visitCount: Scalars['Int']['output'];
  /** District staff only; null for everyone else. */
  visits: Maybe<SchoolVisitSummary>;
};

export type SchoolReportPeriod =
  /** End-of-year report: the whole school year, 1 July to 30 June. */
  | 'END_OF_YEAR'
  /** Mid-year data update: 1 July to 31 December of the school year. */
  | 'MID_YEAR';

/** One phase of the plan as the report sees it. */
export type SchoolReportPhase = {
  __typename?: 'SchoolReportPhase';
  endsAt: Maybe<Scalars['DateTimeISO']['output']>;
  kind: EngagementPhaseKind;
  objectives: Array<Scalars['String']['output']>;
  phaseId: Scalars['ID']['output'];
  /** Sessions attached to the phase held in the report period. */
  sessionCount: Scalars['Int']['output'];
  startsAt: Scalars['DateTimeISO']['output'];
  /** Personal visits of the phase in the report period. */
  visitCount: Scalars['Int']['output'];
};

/** Survey results of one survey for the school, by wave and topic, under the survey suppression rules. */
export type SchoolSurveyResults = {
  __typename?: 'SchoolSurveyResults';
  /** Grouped by WAVE and TOPIC, filtered to the school and the waves fielded in the period. */
  cells: Array<SurveyResultCell>;
  minCellSize: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
  surveyName: Scalars['String']['output'];
};

/** Personal visits of the period, counted; never one visit. */
export type SchoolVisitSummary = {
  __typename?: 'SchoolVisitSummary';
  /** key: a focal group id (null: not recorded). */
  byFocalGroup: Array<VisitCount>;
  /** key: an ISO 639 language code. */
  byLanguage: Array<VisitCount>;
  /** Follow-ups staff agreed to in the period. */
  followUpCount: Scalars['Int']['output'];
  /** key: a topic, most frequent first. */
  topics: Array<VisitCount>;
  visitCount: Scalars['Int']['output'];
};

/** How many members of a focal group attended a session. */
export type SessionAttendance = {
  __typename?: 'SessionAttendance';
  count: Scalars['Int']['output'];
  focalGroup: FocalGroup;
};

export type SubmitRequestInput = {
  alternativeGroup?: InputMaybe<Scalars['String']['input']>;
  /** Requests that must start no later than this one. */
  dependsOnIds?: Array<Scalars['ID']['input']>;
  description: Scalars['String']['input'];
  earliestYear: Scalars['Int']['input'];
  /** The focal groups raising the request (at least one). */
  focalGroupIds: Array<Scalars['ID']['input']>;
  fte: Scalars['Float']['input'];
  oneTimeCents: Scalars['SafeInt']['input'];
  /** Sponsoring partner; a PARTNER token may only name its own partner and defaults to it. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  peopleImpacted: Scalars['Int']['input'];
  priorityArea: PriorityArea;
  recurringCents: Scalars['SafeInt']['input'];
  surveyTopic?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Committed changes to engagement plans (intake, commitments, phases, sessions, visits, recommendations): district staff only. */
  engagementPlanUpdated: EngagementPlanUpdate;
  /** A scenario was adopted as the plan. A PARTNER hears only plans with items for its requests. */
  planChanged: PlanChange;
  /** Referral counts were recorded. A PARTNER hears only those to its own services; staff hear all. */
  referralsRecorded: ReferralsRecorded;
  /** Committed changes to requests. A PARTNER hears only its own partner's requests; a VIEWER gets them without the partner. */
  requestUpdated: RequestUpdate;
  /** A what-if tiering scenario finished running: district staff only (FORBIDDEN for partners and viewers, who see adopted plans only). */
  scenarioCompleted: ScenarioCompletion;
  /** A scenario run moved: queued, running (one event per solver phase), then COMPLETED, FAILED or CANCELLED. Budget staff only. */
  scenarioProgress: ScenarioProgress;
  /** New responses were imported into a survey (an aggregate notice with no private data). */
  surveyResultsPublished: SurveyResultsPublication;
};


export type SubscriptionEngagementPlanUpdatedArgs = {
  planId: InputMaybe<Scalars['ID']['input']>;
  schoolId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionPlanChangedArgs = {
  cycleId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionReferralsRecordedArgs = {
  resourceId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionRequestUpdatedArgs = {
  focalGroupId: InputMaybe<Scalars['ID']['input']>;
  partnerId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionScenarioCompletedArgs = {
  cycleId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionScenarioProgressArgs = {
  cycleId: InputMaybe<Scalars['ID']['input']>;
  scenarioId: InputMaybe<Scalars['ID']['input']>;
};


export type SubscriptionSurveyResultsPublishedArgs = {
  surveyId: InputMaybe<Scalars['ID']['input']>;
};

/** SMALL_CELL: fewer counted respondents than minCellSize (respondents of small publication classes are never counted). */
export type SuppressionReason =
  | 'COMPLEMENTARY'
  | 'SMALL_CELL';

/** A family survey (e.g. a Panorama-style family engagement survey), fielded in waves. */
export type Survey = {
  __typename?: 'Survey';
  createdAt: Scalars['DateTimeISO']['output'];
  description: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  items: Array<SurveyItem>;
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
  waves: Array<SurveyWave>;
};

export type SurveyDimension =
  | 'FOCAL_GROUP'
  | 'ITEM'
  | 'LANGUAGE'
  | 'REGION'
  | 'SCHOOL'
  | 'TOPIC'
  | 'WAVE';

/** The values of the grouped dimensions of an aggregate; ungrouped ones are null. */
export type SurveyGroup = {
  __typename?: 'SurveyGroup';
  focalGroup: Maybe<FocalGroup>;
  focalGroupId: Maybe<Scalars['ID']['output']>;
  item: Maybe<SurveyItem>;
  itemId: Maybe<Scalars['ID']['output']>;
  language: Maybe<Scalars['String']['output']>;
  region: Maybe<Region>;
  regionId: Maybe<Scalars['ID']['output']>;
  school: Maybe<School>;
  schoolId: Maybe<Scalars['ID']['output']>;
  topic: Maybe<Scalars['String']['output']>;
  wave: Maybe<SurveyWave>;
  waveId: Maybe<Scalars['ID']['output']>;
};

/** One committed import of survey responses. */
export type SurveyImport = {
  __typename?: 'SurveyImport';
  createdAt: Scalars['DateTimeISO']['output'];
  durationMs: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  /** Retrying an upload with the same key is a no-op; defaults to a hash of the file. */
  importKey: Scalars['String']['output'];
  importedBy: Scalars['String']['output'];
  rowsAccepted: Scalars['Int']['output'];
  rowsRead: Scalars['Int']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type SurveyImportResult = {
  __typename?: 'SurveyImportResult';
  /** True when this import key had already been imported: the retry wrote nothing. */
  alreadyImported: Scalars['Boolean']['output'];
  surveyImport: SurveyImport;
};

/** One question of a survey, answered on an integer scale. */
export type SurveyItem = {
  __typename?: 'SurveyItem';
  /** As it appears in import files, e.g. "BARRIERS_1". */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Highest answer that counts as favourable. */
  favourableMax: Scalars['Int']['output'];
  /** Lowest answer that counts as favourable. */
  favourableMin: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  prompt: Scalars['String']['output'];
  scaleMax: Scalars['Int']['output'];
  scaleMin: Scalars['Int']['output'];
  /** e.g. "Barriers to Engagement", "Sense of Belonging". */
  topic: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type SurveyItemInput = {
  code: Scalars['String']['input'];
  favourableMax: Scalars['Int']['input'];
  favourableMin: Scalars['Int']['input'];
  prompt: Scalars['String']['input'];
  scaleMax: Scalars['Int']['input'];
  scaleMin: Scalars['Int']['input'];
  topic: Scalars['String']['input'];
};

/** One aggregate over the respondents whose publication class knows every grouped and filtered dimension (see the README, "Security and reliability"); every figure is null when the cell is suppressed. */
export type SurveyResultCell = {
  __typename?: 'SurveyResultCell';
  /** Answers counted (a respondent answers several items of a topic). */
  answers: Maybe<Scalars['Int']['output']>;
  group: SurveyGroup;
  /** Mean answer on the items' scale. */
  mean: Maybe<Scalars['Float']['output']>;
  /** 0..100: share of answers in the favourable range of their item. */
  percentFavourable: Maybe<Scalars['Float']['output']>;
  /** n: distinct respondents. */
  respondents: Maybe<Scalars['Int']['output']>;
  suppressed: Scalars['Boolean']['output'];
  suppression: Maybe<SuppressionReason>;
};

export type SurveyResults = {
  __typename?: 'SurveyResults';
  cells: Array<SurveyResultCell>;
  groupBy: Array<SurveyDimension>;
  /** No aggregate over fewer respondents than this is returned. */
  minCellSize: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
};

/** Restricts the answers aggregated; every list is "any of". */
export type SurveyResultsFilter = {
  focalGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  itemIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
  waveIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** New survey responses were imported, so the survey's results changed. */
export type SurveyResultsPublication = {
  __typename?: 'SurveyResultsPublication';
  occurredAt: Scalars['DateTimeISO']['output'];
  /** Responses accepted by the import. */
  rowsAccepted: Scalars['Int']['output'];
  surveyId: Scalars['ID']['output'];
};

/** Change of a topic between two consecutive waves for one group. */
export type SurveyTrend = {
  __typename?: 'SurveyTrend';
  /** Change of the mean answer. */
  changeInMean: Maybe<Scalars['Float']['output']>;
  /** Percentage points of favourability gained (negative: lost). */
  changeInPoints: Maybe<Scalars['Float']['output']>;
  fromPercentFavourable: Maybe<Scalars['Float']['output']>;
  fromWaveId: Scalars['ID']['output'];
  /** waveId is null; see fromWaveId / toWaveId. */
  group: SurveyGroup;
  /** changeInPoints / years: "+1 point per year" is pointsPerYear >= 1. */
  pointsPerYear: Maybe<Scalars['Float']['output']>;
  /** True when either wave's cell is suppressed; the figures are then null. */
  suppressed: Scalars['Boolean']['output'];
  toPercentFavourable: Maybe<Scalars['Float']['output']>;
  toWaveId: Scalars['ID']['output'];
  /** Years between the two waves' fielding dates. */
  years: Scalars['Float']['output'];
};

/** One administration of a survey, e.g. "Fall 2026"; trends compare waves. */
export type SurveyWave = {
  __typename?: 'SurveyWave';
  createdAt: Scalars['DateTimeISO']['output'];
  /** When the wave was fielded; trends per year divide by the time between waves. */
  fieldedAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  /** As it appears in import files, e.g. "Fall 2026". */
  name: Scalars['String']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

export type SurveyWaveInput = {
  fieldedAt: Scalars['DateTimeISO']['input'];
  /** As it appears in import files, e.g. "Fall 2026". */
  name: Scalars['String']['input'];
};

/** Money one tier uses in one year under each scenario. */
export type TierMoneyDelta = {
  __typename?: 'TierMoneyDelta';
  /** moneyCentsB − moneyCentsA. */
  deltaCents: Scalars['SafeInt']['output'];
  moneyCentsA: Scalars['SafeInt']['output'];
  moneyCentsB: Scalars['SafeInt']['output'];
  tier: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

export type TierSolveStatus =
  | 'HEURISTIC'
  | 'OPTIMAL'
  | 'TIME_LIMIT';

/** A request still owed an answer: never answered, or nothing was said to the community since its last status change or since the community last wrote. */
export type UnansweredRequest = {
  __typename?: 'UnansweredRequest';
  /** Whole days since waitingSince. */
  daysWaiting: Scalars['Int']['output'];
  /** The last communication to the community (before waitingSince). */
  lastReplyAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** No communication to the community was ever logged on the request. */
  neverAnswered: Scalars['Boolean']['output'];
  request: Request;
  /** Since when an answer is owed: the last status change (the submission for a new request), or the community's last message when later. */
  waitingSince: Scalars['DateTimeISO']['output'];
};

export type UpdateBudgetCycleInput = {
  fiscalYears?: InputMaybe<Array<FiscalYearInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<BudgetCycleStatus>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Edits, approves or sends a draft. A text edit of an APPROVED draft sends it back to DRAFT; SENT needs an APPROVED draft and a channel, and logs the letter on the request. */
export type UpdateCommunicationDraftInput = {
  /** New text, e.g. the translation. */
  body?: InputMaybe<Scalars['String']['input']>;
  /** How it was sent; required with SENT. */
  channel?: InputMaybe<CommunicationChannel>;
  id: Scalars['ID']['input'];
  /** ISO 639 code of the new text; setting the requested language marks the translation done. */
  language?: InputMaybe<Scalars['String']['input']>;
  /** APPROVED or SENT. */
  status?: InputMaybe<CommunicationDraftStatus>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateEngagementCommitmentInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  owner?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CommitmentStatus>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateEngagementPhaseInput = {
  /** null removes the end; omit to keep it. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  objectives?: InputMaybe<Array<Scalars['String']['input']>>;
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateEngagementPlanInput = {
  id: Scalars['ID']['input'];
  origin?: InputMaybe<EngagementPlanOrigin>;
  originReason?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateEngagementSessionInput = {
  /** Replaces the whole attendance list. */
  attendance?: InputMaybe<Array<AttendanceInput>>;
  heldAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<EngagementSessionKind>;
  notes?: InputMaybe<Scalars['String']['input']>;
  processStep?: InputMaybe<ProcessStep>;
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** null removes the school; omit to keep it. */
  schoolId?: InputMaybe<Scalars['ID']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  totalAttendees?: InputMaybe<Scalars['Int']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateEquityLensInput = {
  criteria?: InputMaybe<Array<LensCriterionInput>>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  stance?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateFocalGroupInput = {
  category?: InputMaybe<FocalGroupCategory>;
  estimatedPopulation?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  liaisonEmail?: InputMaybe<Scalars['String']['input']>;
  liaisonName?: InputMaybe<Scalars['String']['input']>;
  name?: InputMaybe<Scalars['String']['input']>;
  populationShare?: InputMaybe<Scalars['Float']['input']>;
  proximity?: InputMaybe<IssueProximity>;
  /** null makes the group district-wide; omit to keep the region. */
  regionId?: InputMaybe<Scalars['ID']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateKeyResultInput = {
  baseline?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  parameters?: InputMaybe<KeyResultParametersInput>;
  startDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  target?: InputMaybe<Scalars['Float']['input']>;
  targetDate?: InputMaybe<Scalars['DateTimeISO']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateObjectiveInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdatePartnerAgreementInput = {
  /** null: open-ended. */
  endsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  id: Scalars['ID']['input'];
  notes?: InputMaybe<Scalars['String']['input']>;
  startsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  status?: InputMaybe<AgreementStatus>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdatePartnerInput = {
  agreementStatus?: InputMaybe<AgreementStatus>;
  contacts?: InputMaybe<Array<PartnerContactInput>>;
  id: Scalars['ID']['input'];
  kind?: InputMaybe<PartnerKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  priorityAreas?: InputMaybe<Array<PriorityArea>>;
  /** Replaces the regions served. */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the schools served. */
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** null: not trained (any more). */
  trainedOnProtocolsAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateRegionInput = {
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateRequestInput = {
  alternativeGroup?: InputMaybe<Scalars['String']['input']>;
  dependsOnIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  description?: InputMaybe<Scalars['String']['input']>;
  earliestYear?: InputMaybe<Scalars['Int']['input']>;
  focalGroupIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  fte?: InputMaybe<Scalars['Float']['input']>;
  id: Scalars['ID']['input'];
  oneTimeCents?: InputMaybe<Scalars['SafeInt']['input']>;
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  peopleImpacted?: InputMaybe<Scalars['Int']['input']>;
  priorityArea?: InputMaybe<PriorityArea>;
  recurringCents?: InputMaybe<Scalars['SafeInt']['input']>;
  surveyTopic?: InputMaybe<Scalars['String']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateResourceInput = {
  audiences?: InputMaybe<Array<ResourceAudience>>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  costDescription?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eligibility?: InputMaybe<Scalars['String']['input']>;
  free?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
  priorityArea?: InputMaybe<PriorityArea>;
  /** Replaces the regions served. */
  regionIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Replaces the schools served. */
  schoolIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  status?: InputMaybe<ResourceStatus>;
  url?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateSchoolInput = {
  enrollment?: InputMaybe<Scalars['Int']['input']>;
  highPriority?: InputMaybe<Scalars['Boolean']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  titleOne?: InputMaybe<Scalars['Boolean']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateSurveyInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  name?: InputMaybe<Scalars['String']['input']>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

export type UpdateUserInput = {
  /** false ends the user's sessions, tokens and live connections at once. */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
  /** Required for PARTNER users, refused for every other role. */
  partnerId?: InputMaybe<Scalars['ID']['input']>;
  role?: InputMaybe<Role>;
  /** The version you read; a stale one is a CONFLICT. */
  version: Scalars['Int']['input'];
};

/** Creates the template of a language, or replaces it (then pass the version you read). */
export type UpsertCommunicationTemplateInput = {
  closing: Scalars['String']['input'];
  declined: Scalars['String']['input'];
  fundedIfMore: Scalars['String']['input'];
  fundedNow: Scalars['String']['input'];
  /** ISO 639 code, e.g. "es". */
  language: Scalars['String']['input'];
  opening: Scalars['String']['input'];
  savedForLater: Scalars['String']['input'];
  /** Required when the language already has a template. */
  version?: InputMaybe<Scalars['Int']['input']>;
  whyAlternative: Scalars['String']['input'];
  whyDependency: Scalars['String']['input'];
  whyMoney: Scalars['String']['input'];
  whyOther: Scalars['String']['input'];
  whyStaff: Scalars['String']['input'];
};

/** Someone who may sign in or hold API tokens; managed by ADMIN. */
export type User = {
  __typename?: 'User';
  /** An inactive user cannot sign in and its tokens are refused. */
  active: Scalars['Boolean']['output'];
  createdAt: Scalars['DateTimeISO']['output'];
  /** Shown in the audit trail and on communications this user logs. */
  displayName: Scalars['String']['output'];
  /** Lower case; sign-in with the district identity provider matches it. */
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastSignInAt: Maybe<Scalars['DateTimeISO']['output']>;
  /** The partner a PARTNER user acts for. */
  partner: Maybe<Partner>;
  role: Role;
  updatedAt: Scalars['DateTimeISO']['output'];
  /** Optimistic version; pass it back on update. */
  version: Scalars['Int']['output'];
};

/** The browser session of a user who signed in with the district identity provider. */
export type UserSession = {
  __typename?: 'UserSession';
  createdAt: Scalars['DateTimeISO']['output'];
  /** Send it as the X-CSRF-Token header with every mutation made with this session. */
  csrfToken: Scalars['String']['output'];
  expiresAt: Scalars['DateTimeISO']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTimeISO']['output'];
};

export type VisitCount = {
  __typename?: 'VisitCount';
  /** The focal group, language or topic counted; null for visits with no focal group. */
  key: Maybe<Scalars['String']['output']>;
  visits: Scalars['Int']['output'];
};

export type WeightOverride = {
  __typename?: 'WeightOverride';
  criterionKey: Scalars['String']['output'];
  weight: Scalars['Float']['output'];
};

export type WeightOverrideInput = {
  criterionKey: Scalars['String']['input'];
  weight: Scalars['Float']['input'];
};

/** What a request uses in one fiscal year. */
export type YearAllocation = {
  __typename?: 'YearAllocation';
  fte: Scalars['Float']['output'];
  moneyCents: Scalars['SafeInt']['output'];
  year: Scalars['Int']['output'];
};

export type AuditTrailQueryVariables = Exact<{
  entity: Scalars['String']['input'];
  id: Scalars['ID']['input'];
}>;


export type AuditTrailQuery = { __typename?: 'Query', auditTrail: Array<{ __typename?: 'AuditEvent', id: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, createdAt: string }> };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', role: Role, credential: CredentialKind, user: { __typename?: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, version: number, partner: { __typename?: 'Partner', id: string, name: string } | null } | null, partner: { __typename?: 'Partner', id: string, name: string } | null, apiToken: { __typename?: 'ApiToken', id: string, name: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } | null, session: { __typename?: 'UserSession', id: string, expiresAt: string, csrfToken: string } | null } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, lastSignInAt: string | null, version: number, partner: { __typename?: 'Partner', id: string } | null }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, version: number, partner: { __typename?: 'Partner', id: string } | null } };

export type UpdateUserMutationVariables = Exact<{
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, version: number, partner: { __typename?: 'Partner', id: string } | null } };

export type ApiTokensQueryVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type ApiTokensQuery = { __typename?: 'Query', apiTokens: Array<{ __typename?: 'ApiToken', id: string, name: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null }> };

export type IssueApiTokenMutationVariables = Exact<{
  input: IssueApiTokenInput;
}>;


export type IssueApiTokenMutation = { __typename?: 'Mutation', issueApiToken: { __typename?: 'IssuedApiToken', token: string, apiToken: { __typename?: 'ApiToken', id: string, name: string, createdAt: string, expiresAt: string | null, lastUsedAt: string | null, revokedAt: string | null } } };

export type RevokeApiTokenMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeApiTokenMutation = { __typename?: 'Mutation', revokeApiToken: { __typename?: 'ApiToken', id: string, revokedAt: string | null } };

export type BudgetCycleFieldsFragment = { __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, version: number, fiscalYears: Array<{ __typename?: 'FiscalYear', id: string, year: number, tier1MoneyCents: number, tier1Fte: number, tier2MoneyCents: number, tier2Fte: number }> };

export type BudgetCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetCyclesQuery = { __typename?: 'Query', budgetCycles: Array<{ __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, version: number, fiscalYears: Array<{ __typename?: 'FiscalYear', id: string, year: number, tier1MoneyCents: number, tier1Fte: number, tier2MoneyCents: number, tier2Fte: number }> }> };

export type BudgetCycleQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type BudgetCycleQuery = { __typename?: 'Query', budgetCycle: { __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, version: number, fiscalYears: Array<{ __typename?: 'FiscalYear', id: string, year: number, tier1MoneyCents: number, tier1Fte: number, tier2MoneyCents: number, tier2Fte: number }> } };

export type CreateBudgetCycleMutationVariables = Exact<{
  input: CreateBudgetCycleInput;
}>;


export type CreateBudgetCycleMutation = { __typename?: 'Mutation', createBudgetCycle: { __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, version: number, fiscalYears: Array<{ __typename?: 'FiscalYear', id: string, year: number, tier1MoneyCents: number, tier1Fte: number, tier2MoneyCents: number, tier2Fte: number }> } };

export type UpdateBudgetCycleMutationVariables = Exact<{
  input: UpdateBudgetCycleInput;
}>;


export type UpdateBudgetCycleMutation = { __typename?: 'Mutation', updateBudgetCycle: { __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, version: number, fiscalYears: Array<{ __typename?: 'FiscalYear', id: string, year: number, tier1MoneyCents: number, tier1Fte: number, tier2MoneyCents: number, tier2Fte: number }> } };

export type CommunicationTemplateFieldsFragment = { __typename?: 'CommunicationTemplate', id: string, version: number, language: string, languageName: string, opening: string, fundedNow: string, fundedIfMore: string, savedForLater: string, declined: string, whyMoney: string, whyStaff: string, whyDependency: string, whyAlternative: string, whyOther: string, closing: string };

export type CommunicationDraftFieldsFragment = { __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, language: string, languageName: string, requestedLanguage: string, requestedLanguageName: string, needsTranslation: boolean, body: string, approvedBy: string | null, approvedAt: string | null, sentBy: string | null, sentAt: string | null, channel: CommunicationChannel | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string }, scenario: { __typename?: 'Scenario', id: string } };

export type CommunicationTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type CommunicationTemplatesQuery = { __typename?: 'Query', communicationTemplates: Array<{ __typename?: 'CommunicationTemplate', id: string, version: number, language: string, languageName: string, opening: string, fundedNow: string, fundedIfMore: string, savedForLater: string, declined: string, whyMoney: string, whyStaff: string, whyDependency: string, whyAlternative: string, whyOther: string, closing: string }> };

export type UpsertCommunicationTemplateMutationVariables = Exact<{
  input: UpsertCommunicationTemplateInput;
}>;


export type UpsertCommunicationTemplateMutation = { __typename?: 'Mutation', upsertCommunicationTemplate: { __typename?: 'CommunicationTemplate', id: string, version: number, language: string, languageName: string, opening: string, fundedNow: string, fundedIfMore: string, savedForLater: string, declined: string, whyMoney: string, whyStaff: string, whyDependency: string, whyAlternative: string, whyOther: string, closing: string } };

export type CommunicationDraftsQueryVariables = Exact<{
  filter: InputMaybe<CommunicationDraftFilter>;
}>;


export type CommunicationDraftsQuery = { __typename?: 'Query', communicationDrafts: Array<{ __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, language: string, languageName: string, requestedLanguage: string, requestedLanguageName: string, needsTranslation: boolean, body: string, approvedBy: string | null, approvedAt: string | null, sentBy: string | null, sentAt: string | null, channel: CommunicationChannel | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string }, scenario: { __typename?: 'Scenario', id: string } }> };

export type UpdateCommunicationDraftMutationVariables = Exact<{
  input: UpdateCommunicationDraftInput;
}>;


export type UpdateCommunicationDraftMutation = { __typename?: 'Mutation', updateCommunicationDraft: { __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, language: string, languageName: string, requestedLanguage: string, requestedLanguageName: string, needsTranslation: boolean, body: string, approvedBy: string | null, approvedAt: string | null, sentBy: string | null, sentAt: string | null, channel: CommunicationChannel | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string }, scenario: { __typename?: 'Scenario', id: string } } };

export type DiscardCommunicationDraftMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DiscardCommunicationDraftMutation = { __typename?: 'Mutation', discardCommunicationDraft: { __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, language: string, languageName: string, requestedLanguage: string, requestedLanguageName: string, needsTranslation: boolean, body: string, approvedBy: string | null, approvedAt: string | null, sentBy: string | null, sentAt: string | null, channel: CommunicationChannel | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string }, scenario: { __typename?: 'Scenario', id: string } } };

export type DashboardRequestsByRegionQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRequestsByRegionQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, requests: Array<{ __typename?: 'Request', id: string, partner: { __typename?: 'Partner', name: string } | null, communications: Array<{ __typename?: 'Communication', summary: string }> }> }> }> };

export type DashboardRequestsPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DashboardRequestsPageQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, title: string, status: RequestStatus, focalGroups: Array<{ __typename?: 'FocalGroup', name: string }>, partner: { __typename?: 'Partner', name: string } | null, communications: Array<{ __typename?: 'Communication', summary: string, communicatedAt: string }> } }> } };

export type DashboardRequestsTotalQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type DashboardRequestsTotalQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', totalCount: number, edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string } }> } };

export type DashboardRegionGroupsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardRegionGroupsQuery = { __typename?: 'Query', region: { __typename?: 'Region', id: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string, requests: Array<{ __typename?: 'Request', id: string, title: string }> }> } };

export type DashboardPlanQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type DashboardPlanQuery = { __typename?: 'Query', plan: Array<{ __typename?: 'Allocation', fiscalYear: number, tier: number, moneyCents: number, request: { __typename?: 'Request', id: string, title: string, partner: { __typename?: 'Partner', name: string } | null } }> };

export type DashboardRepresentationQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardRepresentationQuery = { __typename?: 'Query', representation: { __typename?: 'RepresentationReport', sessionCount: number, groups: Array<{ __typename?: 'GroupRepresentation', focalGroupId: string, participationShare: number }>, missingGroups: Array<{ __typename?: 'FocalGroup', id: string }> } };

export type DashboardRunScenarioMutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type DashboardRunScenarioMutation = { __typename?: 'Mutation', runScenario: { __typename?: 'Scenario', id: string } };

export type DashboardAdoptScenarioMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DashboardAdoptScenarioMutation = { __typename?: 'Mutation', adoptScenario: { __typename?: 'Scenario', id: string } };

export type EngagementSessionFieldsFragment = { __typename?: 'EngagementSession', id: string, title: string, kind: EngagementSessionKind, heldAt: string, processStep: ProcessStep, totalAttendees: number, notes: string | null, version: number, region: { __typename?: 'Region', id: string, code: string }, school: { __typename?: 'School', id: string, name: string } | null, attendance: Array<{ __typename?: 'SessionAttendance', count: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }> };

export type EngagementSessionsQueryVariables = Exact<{
  regionId: InputMaybe<Scalars['ID']['input']>;
  schoolId: InputMaybe<Scalars['ID']['input']>;
  from: InputMaybe<Scalars['DateTimeISO']['input']>;
  to: InputMaybe<Scalars['DateTimeISO']['input']>;
}>;


export type EngagementSessionsQuery = { __typename?: 'Query', engagementSessions: Array<{ __typename?: 'EngagementSession', id: string, title: string, kind: EngagementSessionKind, heldAt: string, processStep: ProcessStep, totalAttendees: number, notes: string | null, version: number, region: { __typename?: 'Region', id: string, code: string }, school: { __typename?: 'School', id: string, name: string } | null, attendance: Array<{ __typename?: 'SessionAttendance', count: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }> }> };

export type EngagementSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementSessionQuery = { __typename?: 'Query', engagementSession: { __typename?: 'EngagementSession', id: string, title: string, kind: EngagementSessionKind, heldAt: string, processStep: ProcessStep, totalAttendees: number, notes: string | null, version: number, region: { __typename?: 'Region', id: string, code: string }, school: { __typename?: 'School', id: string, name: string } | null, attendance: Array<{ __typename?: 'SessionAttendance', count: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }> } };

export type CreateEngagementSessionMutationVariables = Exact<{
  input: CreateEngagementSessionInput;
}>;


export type CreateEngagementSessionMutation = { __typename?: 'Mutation', createEngagementSession: { __typename?: 'EngagementSession', id: string, title: string, kind: EngagementSessionKind, heldAt: string, processStep: ProcessStep, totalAttendees: number, notes: string | null, version: number, region: { __typename?: 'Region', id: string, code: string }, school: { __typename?: 'School', id: string, name: string } | null, attendance: Array<{ __typename?: 'SessionAttendance', count: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }> } };

export type UpdateEngagementSessionMutationVariables = Exact<{
  input: UpdateEngagementSessionInput;
}>;


export type UpdateEngagementSessionMutation = { __typename?: 'Mutation', updateEngagementSession: { __typename?: 'EngagementSession', id: string, title: string, kind: EngagementSessionKind, heldAt: string, processStep: ProcessStep, totalAttendees: number, notes: string | null, version: number, region: { __typename?: 'Region', id: string, code: string }, school: { __typename?: 'School', id: string, name: string } | null, attendance: Array<{ __typename?: 'SessionAttendance', count: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }> } };

export type LensFieldsFragment = { __typename?: 'EquityLens', id: string, key: string, revision: number, version: number, name: string, stance: string | null, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, source: DerivedSource | null, weight: number, guidance: string | null }> };

export type EquityLensesQueryVariables = Exact<{
  includeAllRevisions: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type EquityLensesQuery = { __typename?: 'Query', equityLenses: Array<{ __typename?: 'EquityLens', id: string, key: string, revision: number, version: number, name: string, stance: string | null, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, source: DerivedSource | null, weight: number, guidance: string | null }> }> };

export type EquityLensQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EquityLensQuery = { __typename?: 'Query', equityLens: { __typename?: 'EquityLens', id: string, key: string, revision: number, version: number, name: string, stance: string | null, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, source: DerivedSource | null, weight: number, guidance: string | null }> } };

export type CreateEquityLensMutationVariables = Exact<{
  input: CreateEquityLensInput;
}>;


export type CreateEquityLensMutation = { __typename?: 'Mutation', createEquityLens: { __typename?: 'EquityLens', id: string, key: string, revision: number, version: number, name: string, stance: string | null, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, source: DerivedSource | null, weight: number, guidance: string | null }> } };

export type UpdateEquityLensMutationVariables = Exact<{
  input: UpdateEquityLensInput;
}>;


export type UpdateEquityLensMutation = { __typename?: 'Mutation', updateEquityLens: { __typename?: 'EquityLens', id: string, key: string, revision: number, version: number, name: string, stance: string | null, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, source: DerivedSource | null, weight: number, guidance: string | null }> } };

export type ScoreRequestMutationVariables = Exact<{
  requestId: Scalars['ID']['input'];
  lensId: Scalars['ID']['input'];
  scores: Array<CriterionScoreInput> | CriterionScoreInput;
}>;


export type ScoreRequestMutation = { __typename?: 'Mutation', scoreRequest: Array<{ __typename?: 'ReviewScore', id: string, lensKey: string, criterionKey: string, reviewer: string, score: number, request: { __typename?: 'Request', id: string } }> };

export type FocalGroupFieldsFragment = { __typename?: 'FocalGroup', id: string, name: string, category: FocalGroupCategory, languages: Array<string>, populationShare: number, estimatedPopulation: number | null, proximity: IssueProximity, liaisonName: string | null, liaisonEmail: string | null, version: number, region: { __typename?: 'Region', id: string, code: string } | null };

export type FocalGroupsQueryVariables = Exact<{
  filter: InputMaybe<FocalGroupFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type FocalGroupsQuery = { __typename?: 'Query', focalGroups: { __typename?: 'FocalGroupConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'FocalGroupEdge', cursor: string, node: { __typename?: 'FocalGroup', id: string, name: string, category: FocalGroupCategory, languages: Array<string>, populationShare: number, estimatedPopulation: number | null, proximity: IssueProximity, liaisonName: string | null, liaisonEmail: string | null, version: number, region: { __typename?: 'Region', id: string, code: string } | null } }> } };

export type FocalGroupQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FocalGroupQuery = { __typename?: 'Query', focalGroup: { __typename?: 'FocalGroup', id: string, name: string, category: FocalGroupCategory, languages: Array<string>, populationShare: number, estimatedPopulation: number | null, proximity: IssueProximity, liaisonName: string | null, liaisonEmail: string | null, version: number, region: { __typename?: 'Region', id: string, code: string } | null } };

export type RegionFocalGroupsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionFocalGroupsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, code: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }> }> };

export type CreateFocalGroupMutationVariables = Exact<{
  input: CreateFocalGroupInput;
}>;


export type CreateFocalGroupMutation = { __typename?: 'Mutation', createFocalGroup: { __typename?: 'FocalGroup', id: string, name: string, category: FocalGroupCategory, languages: Array<string>, populationShare: number, estimatedPopulation: number | null, proximity: IssueProximity, liaisonName: string | null, liaisonEmail: string | null, version: number, region: { __typename?: 'Region', id: string, code: string } | null } };

export type UpdateFocalGroupMutationVariables = Exact<{
  input: UpdateFocalGroupInput;
}>;


export type UpdateFocalGroupMutation = { __typename?: 'Mutation', updateFocalGroup: { __typename?: 'FocalGroup', id: string, name: string, category: FocalGroupCategory, languages: Array<string>, populationShare: number, estimatedPopulation: number | null, proximity: IssueProximity, liaisonName: string | null, liaisonEmail: string | null, version: number, region: { __typename?: 'Region', id: string, code: string } | null } };

export type UnansweredRequestsQueryVariables = Exact<{
  olderThanDays: Scalars['Int']['input'];
  liaisonId: InputMaybe<Scalars['ID']['input']>;
}>;


export type UnansweredRequestsQuery = { __typename?: 'Query', unansweredRequests: Array<{ __typename?: 'UnansweredRequest', waitingSince: string, daysWaiting: number, neverAnswered: boolean, lastReplyAt: string | null, request: { __typename?: 'Request', id: string, title: string, status: RequestStatus, statusChangedAt: string } }> };

export type RequestsAwaitingAcknowledgementQueryVariables = Exact<{
  liaisonId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RequestsAwaitingAcknowledgementQuery = { __typename?: 'Query', requestsAwaitingAcknowledgement: Array<{ __typename?: 'RequestAwaitingAcknowledgement', since: string, request: { __typename?: 'Request', id: string, title: string }, awaitingFrom: Array<{ __typename?: 'FocalGroup', id: string, name: string }> }> };

export type FocalGroupsNotYetToldQueryVariables = Exact<{
  cycleId: InputMaybe<Scalars['ID']['input']>;
}>;


export type FocalGroupsNotYetToldQuery = { __typename?: 'Query', focalGroupsNotYetTold: Array<{ __typename?: 'FocalGroupNotYetTold', adoptedAt: string, daysSinceAdoption: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, scenario: { __typename?: 'Scenario', id: string }, letter: { __typename?: 'CommunicationDraft', id: string, status: CommunicationDraftStatus, version: number } | null }> };

export type CommunicationAuditQueryVariables = Exact<{
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type CommunicationAuditQuery = { __typename?: 'Query', communicationAudit: { __typename?: 'CommunicationAudit', from: string, to: string, groups: Array<{ __typename?: 'CommunicationAuditGroup', languages: Array<string>, communications: number, communicationsInGroupLanguages: number, percentInGroupLanguages: number | null, requests: number, answered: number, unanswered: number, meanDaysToFirstReply: number | null, medianDaysToFirstReply: number | null, lettersAwaitingTranslation: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, byLanguage: Array<{ __typename?: 'CommunicationAuditLanguage', language: string, name: string, groupLanguage: boolean, communications: number, percentOfCommunications: number | null, lettersAwaitingTranslation: number }> }> } };

export type LanguagesQueryVariables = Exact<{
  locale: InputMaybe<Scalars['String']['input']>;
}>;


export type LanguagesQuery = { __typename?: 'Query', languages: Array<{ __typename?: 'Language', code: string, displayName: string, nativeName: string }> };

export type ExportLinkQueryVariables = Exact<{
  kind: ExportKind;
  parameters: InputMaybe<ExportLinkParameters>;
}>;


export type ExportLinkQuery = { __typename?: 'Query', exportLink: { __typename?: 'ExportLink', url: string, expiresAt: string } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string, code: string, version: number, schools: Array<{ __typename?: 'School', id: string, name: string, titleOne: boolean }> }> };

export type CreateRegionMutationVariables = Exact<{
  input: CreateRegionInput;
}>;


export type CreateRegionMutation = { __typename?: 'Mutation', createRegion: { __typename?: 'Region', id: string, name: string, code: string, version: number } };

export type UpdateRegionMutationVariables = Exact<{
  input: UpdateRegionInput;
}>;


export type UpdateRegionMutation = { __typename?: 'Mutation', updateRegion: { __typename?: 'Region', id: string, name: string, version: number } };

export type CreateSchoolMutationVariables = Exact<{
  input: CreateSchoolInput;
}>;


export type CreateSchoolMutation = { __typename?: 'Mutation', createSchool: { __typename?: 'School', id: string, name: string, region: { __typename?: 'Region', id: string } } };

export type KeyResultFieldsFragment = { __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, version: number, baseline: number, target: number, startDate: string, targetDate: string, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, parameters: { __typename?: 'KeyResultParameters', topic: string | null, focalGroupId: string | null, fromWaveId: string | null, toWaveId: string | null, periodStart: string | null, periodEnd: string | null, schoolYear: string | null, withinDays: number | null } };

export type ObjectivesQueryVariables = Exact<{ [key: string]: never; }>;


export type ObjectivesQuery = { __typename?: 'Query', objectives: Array<{ __typename?: 'Objective', id: string, title: string, version: number, keyResults: Array<{ __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, version: number, baseline: number, target: number, startDate: string, targetDate: string, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, parameters: { __typename?: 'KeyResultParameters', topic: string | null, focalGroupId: string | null, fromWaveId: string | null, toWaveId: string | null, periodStart: string | null, periodEnd: string | null, schoolYear: string | null, withinDays: number | null } }> }> };

export type KeyResultsQueryVariables = Exact<{
  objectiveId: InputMaybe<Scalars['ID']['input']>;
}>;


export type KeyResultsQuery = { __typename?: 'Query', keyResults: Array<{ __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, version: number, baseline: number, target: number, startDate: string, targetDate: string, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, objective: { __typename?: 'Objective', id: string, title: string }, parameters: { __typename?: 'KeyResultParameters', topic: string | null, focalGroupId: string | null, fromWaveId: string | null, toWaveId: string | null, periodStart: string | null, periodEnd: string | null, schoolYear: string | null, withinDays: number | null } }> };

export type CreateObjectiveMutationVariables = Exact<{
  input: CreateObjectiveInput;
}>;


export type CreateObjectiveMutation = { __typename?: 'Mutation', createObjective: { __typename?: 'Objective', id: string, title: string, description: string | null, version: number } };

export type UpdateObjectiveMutationVariables = Exact<{
  input: UpdateObjectiveInput;
}>;


export type UpdateObjectiveMutation = { __typename?: 'Mutation', updateObjective: { __typename?: 'Objective', id: string, title: string, description: string | null, version: number } };

export type CreateKeyResultMutationVariables = Exact<{
  input: CreateKeyResultInput;
}>;


export type CreateKeyResultMutation = { __typename?: 'Mutation', createKeyResult: { __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, version: number, baseline: number, target: number, startDate: string, targetDate: string, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, parameters: { __typename?: 'KeyResultParameters', topic: string | null, focalGroupId: string | null, fromWaveId: string | null, toWaveId: string | null, periodStart: string | null, periodEnd: string | null, schoolYear: string | null, withinDays: number | null } } };

export type UpdateKeyResultMutationVariables = Exact<{
  input: UpdateKeyResultInput;
}>;


export type UpdateKeyResultMutation = { __typename?: 'Mutation', updateKeyResult: { __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, version: number, baseline: number, target: number, startDate: string, targetDate: string, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, parameters: { __typename?: 'KeyResultParameters', topic: string | null, focalGroupId: string | null, fromWaveId: string | null, toWaveId: string | null, periodStart: string | null, periodEnd: string | null, schoolYear: string | null, withinDays: number | null } } };

export type RequestUpdatedSubscriptionVariables = Exact<{
  partnerId: InputMaybe<Scalars['ID']['input']>;
  focalGroupId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RequestUpdatedSubscription = { __typename?: 'Subscription', requestUpdated: { __typename?: 'RequestUpdate', requestId: string, partnerId: string | null, focalGroupIds: Array<string>, changedFields: Array<string>, status: RequestStatus, version: number, occurredAt: string } };

export type PlanChangedSubscriptionVariables = Exact<{
  cycleId: InputMaybe<Scalars['ID']['input']>;
}>;


export type PlanChangedSubscription = { __typename?: 'Subscription', planChanged: { __typename?: 'PlanChange', cycleId: string, scenarioId: string, partnerIds: Array<string>, occurredAt: string } };

export type ScenarioCompletedSubscriptionVariables = Exact<{
  cycleId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ScenarioCompletedSubscription = { __typename?: 'Subscription', scenarioCompleted: { __typename?: 'ScenarioCompletion', cycleId: string, scenarioId: string, occurredAt: string } };

export type SurveyResultsPublishedSubscriptionVariables = Exact<{
  surveyId: InputMaybe<Scalars['ID']['input']>;
}>;


export type SurveyResultsPublishedSubscription = { __typename?: 'Subscription', surveyResultsPublished: { __typename?: 'SurveyResultsPublication', surveyId: string, rowsAccepted: number, occurredAt: string } };

export type LiveTransitionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: RequestStatus;
  note: InputMaybe<Scalars['String']['input']>;
  version: InputMaybe<Scalars['Int']['input']>;
}>;


export type LiveTransitionRequestMutation = { __typename?: 'Mutation', transitionRequest: { __typename?: 'Request', id: string, status: RequestStatus, version: number } };

export type ScenarioProgressSubscriptionVariables = Exact<{
  scenarioId: InputMaybe<Scalars['ID']['input']>;
  cycleId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ScenarioProgressSubscription = { __typename?: 'Subscription', scenarioProgress: { __typename?: 'ScenarioProgress', scenarioId: string, status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, instance: string | null, occurredAt: string } };

export type PartnerFieldsFragment = { __typename?: 'Partner', id: string, name: string, kind: PartnerKind, priorityAreas: Array<PriorityArea>, agreementStatus: AgreementStatus, trainedOnProtocolsAt: string | null, trained: boolean, alignedWithDistrictPriorities: boolean, website: string | null, version: number, contacts: Array<{ __typename?: 'PartnerContact', name: string, role: string | null, email: string | null, phone: string | null, language: string | null }> | null, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> };

export type PartnersQueryVariables = Exact<{
  filter: InputMaybe<PartnerFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnersQuery = { __typename?: 'Query', partners: { __typename?: 'PartnerConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'PartnerEdge', cursor: string, node: { __typename?: 'Partner', id: string, name: string, kind: PartnerKind, priorityAreas: Array<PriorityArea>, agreementStatus: AgreementStatus, trainedOnProtocolsAt: string | null, trained: boolean, alignedWithDistrictPriorities: boolean, website: string | null, version: number, contacts: Array<{ __typename?: 'PartnerContact', name: string, role: string | null, email: string | null, phone: string | null, language: string | null }> | null, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } }> } };

export type PartnerQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerQuery = { __typename?: 'Query', partner: { __typename?: 'Partner', id: string, name: string, kind: PartnerKind, priorityAreas: Array<PriorityArea>, agreementStatus: AgreementStatus, trainedOnProtocolsAt: string | null, trained: boolean, alignedWithDistrictPriorities: boolean, website: string | null, version: number, contacts: Array<{ __typename?: 'PartnerContact', name: string, role: string | null, email: string | null, phone: string | null, language: string | null }> | null, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type CreatePartnerMutationVariables = Exact<{
  input: CreatePartnerInput;
}>;


export type CreatePartnerMutation = { __typename?: 'Mutation', createPartner: { __typename?: 'Partner', id: string, name: string, kind: PartnerKind, priorityAreas: Array<PriorityArea>, agreementStatus: AgreementStatus, trainedOnProtocolsAt: string | null, trained: boolean, alignedWithDistrictPriorities: boolean, website: string | null, version: number, contacts: Array<{ __typename?: 'PartnerContact', name: string, role: string | null, email: string | null, phone: string | null, language: string | null }> | null, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type UpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type UpdatePartnerMutation = { __typename?: 'Mutation', updatePartner: { __typename?: 'Partner', id: string, name: string, kind: PartnerKind, priorityAreas: Array<PriorityArea>, agreementStatus: AgreementStatus, trainedOnProtocolsAt: string | null, trained: boolean, alignedWithDistrictPriorities: boolean, website: string | null, version: number, contacts: Array<{ __typename?: 'PartnerContact', name: string, role: string | null, email: string | null, phone: string | null, language: string | null }> | null, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type PrefetchRequestFieldsFragment = { __typename?: 'Request', id: string, title: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, partner: { __typename?: 'Partner', id: string, name: string, alignedWithDistrictPriorities: boolean, trained: boolean } | null, communications: Array<{ __typename?: 'Communication', id: string, summary: string, communicatedAt: string }>, alsoGroups: Array<{ __typename?: 'FocalGroup', id: string, liaisonEmail: string | null, requests: Array<{ __typename?: 'Request', id: string, title: string, allowedTransitions: Array<RequestStatus>, totalCostCents: number }> }> };

export type PrefetchPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  withLog: Scalars['Boolean']['input'];
}>;


export type PrefetchPageQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, title: string, includedLog?: Array<{ __typename?: 'Communication', summary: string }>, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, partner: { __typename?: 'Partner', id: string, name: string, alignedWithDistrictPriorities: boolean, trained: boolean } | null, communications: Array<{ __typename?: 'Communication', id: string, summary: string, communicatedAt: string }>, alsoGroups: Array<{ __typename?: 'FocalGroup', id: string, liaisonEmail: string | null, requests: Array<{ __typename?: 'Request', id: string, title: string, allowedTransitions: Array<RequestStatus>, totalCostCents: number }> }> } }> } };

export type PrefetchOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PrefetchOneQuery = { __typename?: 'Query', request: { __typename?: 'Request', id: string, title: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, partner: { __typename?: 'Partner', id: string, name: string, alignedWithDistrictPriorities: boolean, trained: boolean } | null, communications: Array<{ __typename?: 'Communication', id: string, summary: string, communicatedAt: string }>, alsoGroups: Array<{ __typename?: 'FocalGroup', id: string, liaisonEmail: string | null, requests: Array<{ __typename?: 'Request', id: string, title: string, allowedTransitions: Array<RequestStatus>, totalCostCents: number }> }> } };

export type PrefetchLeanFieldsFragment = { __typename?: 'Request', id: string, communications: Array<{ __typename?: 'Communication', summary: string, communicatedAt: string }>, partner: { __typename?: 'Partner', name: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', name: string, requests: Array<{ __typename?: 'Request', title: string }> }> };

export type PrefetchLeanPageQueryVariables = Exact<{
  first: Scalars['Int']['input'];
}>;


export type PrefetchLeanPageQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, communications: Array<{ __typename?: 'Communication', summary: string, communicatedAt: string }>, partner: { __typename?: 'Partner', name: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', name: string, requests: Array<{ __typename?: 'Request', title: string }> }> } }> } };

export type PrefetchLeanOneQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PrefetchLeanOneQuery = { __typename?: 'Query', request: { __typename?: 'Request', id: string, communications: Array<{ __typename?: 'Communication', summary: string, communicatedAt: string }>, partner: { __typename?: 'Partner', name: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', name: string, requests: Array<{ __typename?: 'Request', title: string }> }> } };

export type RequestSponsorQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestSponsorQuery = { __typename?: 'Query', request: { __typename?: 'Request', id: string, partner: { __typename?: 'Partner', id: string } | null } };

export type ScenarioIdsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ScenarioIdsQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'Scenario', id: string, adopted: boolean }> };

export type RepresentationQueryVariables = Exact<{
  regionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RepresentationQuery = { __typename?: 'Query', representation: { __typename?: 'RepresentationReport', regionId: string | null, sessionCount: number, totalAttendees: number, representativeness: number, region: { __typename?: 'Region', id: string, code: string } | null, groups: Array<{ __typename?: 'GroupRepresentation', focalGroupId: string, populationShare: number, attendance: number, participationShare: number, gap: number, participationRate: number | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }>, missingGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }> } };

export type RequestSummaryFragment = { __typename?: 'Request', id: string, title: string, status: RequestStatus, statusNote: string | null, version: number, priorityArea: PriorityArea, peopleImpacted: number, oneTimeCents: number, recurringCents: number, fte: number, earliestYear: number, alternativeGroup: string | null, surveyTopic: string | null, allowedTransitions: Array<RequestStatus> };

export type RequestsQueryVariables = Exact<{
  filter: InputMaybe<RequestFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type RequestsQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'RequestEdge', cursor: string, node: { __typename?: 'Request', id: string, title: string, status: RequestStatus } }> } };

export type RequestQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  horizonYears: Scalars['Int']['input'];
}>;


export type RequestQuery = { __typename?: 'Query', request: { __typename?: 'Request', description: string, totalCostCents: number, id: string, title: string, status: RequestStatus, statusNote: string | null, version: number, priorityArea: PriorityArea, peopleImpacted: number, oneTimeCents: number, recurringCents: number, fte: number, earliestYear: number, alternativeGroup: string | null, surveyTopic: string | null, allowedTransitions: Array<RequestStatus>, partner: { __typename?: 'Partner', id: string, name: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, dependsOn: Array<{ __typename?: 'Request', id: string, title: string }>, communications: Array<{ __typename?: 'Communication', id: string, channel: CommunicationChannel, direction: CommunicationDirection, language: string, summary: string, communicatedAt: string, loggedBy: string, draft: boolean, focalGroup: { __typename?: 'FocalGroup', id: string } | null, request: { __typename?: 'Request', id: string } }>, acknowledgements: Array<{ __typename?: 'ResolutionAcknowledgement', id: string, acknowledgedBy: string, note: string | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string, name: string }> } };

export type FocalGroupAndPartnerRequestsQueryVariables = Exact<{
  focalGroupId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
}>;


export type FocalGroupAndPartnerRequestsQuery = { __typename?: 'Query', focalGroup: { __typename?: 'FocalGroup', id: string, requests: Array<{ __typename?: 'Request', id: string, title: string }> }, partner: { __typename?: 'Partner', id: string, requests: Array<{ __typename?: 'Request', id: string, title: string }> } };

export type SubmitRequestMutationVariables = Exact<{
  input: SubmitRequestInput;
}>;


export type SubmitRequestMutation = { __typename?: 'Mutation', submitRequest: { __typename?: 'Request', id: string, title: string, status: RequestStatus, statusNote: string | null, version: number, priorityArea: PriorityArea, peopleImpacted: number, oneTimeCents: number, recurringCents: number, fte: number, earliestYear: number, alternativeGroup: string | null, surveyTopic: string | null, allowedTransitions: Array<RequestStatus>, partner: { __typename?: 'Partner', id: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', id: string }>, dependsOn: Array<{ __typename?: 'Request', id: string }> } };

export type UpdateRequestMutationVariables = Exact<{
  input: UpdateRequestInput;
}>;


export type UpdateRequestMutation = { __typename?: 'Mutation', updateRequest: { __typename?: 'Request', id: string, title: string, status: RequestStatus, statusNote: string | null, version: number, priorityArea: PriorityArea, peopleImpacted: number, oneTimeCents: number, recurringCents: number, fte: number, earliestYear: number, alternativeGroup: string | null, surveyTopic: string | null, allowedTransitions: Array<RequestStatus>, partner: { __typename?: 'Partner', id: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', id: string }>, dependsOn: Array<{ __typename?: 'Request', id: string }> } };

export type TransitionRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: RequestStatus;
  note: InputMaybe<Scalars['String']['input']>;
  version: InputMaybe<Scalars['Int']['input']>;
}>;


export type TransitionRequestMutation = { __typename?: 'Mutation', transitionRequest: { __typename?: 'Request', id: string, status: RequestStatus, statusNote: string | null, version: number, allowedTransitions: Array<RequestStatus>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string }> } };

export type LogCommunicationMutationVariables = Exact<{
  input: LogCommunicationInput;
}>;


export type LogCommunicationMutation = { __typename?: 'Mutation', logCommunication: { __typename?: 'Communication', id: string, channel: CommunicationChannel, direction: CommunicationDirection, language: string, summary: string, communicatedAt: string, loggedBy: string, draft: boolean, focalGroup: { __typename?: 'FocalGroup', id: string } | null, request: { __typename?: 'Request', id: string } } };

export type AcknowledgeResolutionMutationVariables = Exact<{
  input: AcknowledgeResolutionInput;
}>;


export type AcknowledgeResolutionMutation = { __typename?: 'Mutation', acknowledgeResolution: { __typename?: 'Request', id: string, status: RequestStatus, version: number, acknowledgements: Array<{ __typename?: 'ResolutionAcknowledgement', acknowledgedBy: string, note: string | null, focalGroup: { __typename?: 'FocalGroup', id: string } }>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string }> } };

export type ResourceFieldsFragment = { __typename?: 'Resource', id: string, version: number, name: string, description: string, priorityArea: PriorityArea, audiences: Array<ResourceAudience>, languages: Array<string>, free: boolean, costDescription: string | null, eligibility: string | null, contactEmail: string | null, contactPhone: string | null, url: string | null, status: ResourceStatus, partner: { __typename?: 'Partner', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> };

export type ResourcesQueryVariables = Exact<{
  filter: InputMaybe<ResourceFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ResourcesQuery = { __typename?: 'Query', resources: { __typename?: 'ResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ResourceEdge', node: { __typename?: 'Resource', id: string, version: number, name: string, description: string, priorityArea: PriorityArea, audiences: Array<ResourceAudience>, languages: Array<string>, free: boolean, costDescription: string | null, eligibility: string | null, contactEmail: string | null, contactPhone: string | null, url: string | null, status: ResourceStatus, partner: { __typename?: 'Partner', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } }> } };

export type ResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ResourceQuery = { __typename?: 'Query', resource: { __typename?: 'Resource', id: string, version: number, name: string, description: string, priorityArea: PriorityArea, audiences: Array<ResourceAudience>, languages: Array<string>, free: boolean, costDescription: string | null, eligibility: string | null, contactEmail: string | null, contactPhone: string | null, url: string | null, status: ResourceStatus, partner: { __typename?: 'Partner', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type CreateResourceMutationVariables = Exact<{
  input: CreateResourceInput;
}>;


export type CreateResourceMutation = { __typename?: 'Mutation', createResource: { __typename?: 'Resource', id: string, version: number, name: string, description: string, priorityArea: PriorityArea, audiences: Array<ResourceAudience>, languages: Array<string>, free: boolean, costDescription: string | null, eligibility: string | null, contactEmail: string | null, contactPhone: string | null, url: string | null, status: ResourceStatus, partner: { __typename?: 'Partner', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type UpdateResourceMutationVariables = Exact<{
  input: UpdateResourceInput;
}>;


export type UpdateResourceMutation = { __typename?: 'Mutation', updateResource: { __typename?: 'Resource', id: string, version: number, name: string, description: string, priorityArea: PriorityArea, audiences: Array<ResourceAudience>, languages: Array<string>, free: boolean, costDescription: string | null, eligibility: string | null, contactEmail: string | null, contactPhone: string | null, url: string | null, status: ResourceStatus, partner: { __typename?: 'Partner', id: string, name: string }, regions: Array<{ __typename?: 'Region', id: string, code: string }>, schools: Array<{ __typename?: 'School', id: string, name: string }> } };

export type ReferralFieldsFragment = { __typename?: 'ReferralCount', id: string, version: number, month: string, connected: number, waiting: number, declined: number, referred: number, resource: { __typename?: 'Resource', id: string, name: string }, school: { __typename?: 'School', id: string, name: string }, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } };

export type RecordReferralsMutationVariables = Exact<{
  input: RecordReferralsInput;
}>;


export type RecordReferralsMutation = { __typename?: 'Mutation', recordReferrals: { __typename?: 'ReferralCount', id: string, version: number, month: string, connected: number, waiting: number, declined: number, referred: number, resource: { __typename?: 'Resource', id: string, name: string }, school: { __typename?: 'School', id: string, name: string }, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } } };

export type ReferralsQueryVariables = Exact<{
  filter: InputMaybe<ReferralFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type ReferralsQuery = { __typename?: 'Query', referrals: { __typename?: 'ReferralCountConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, edges: Array<{ __typename?: 'ReferralCountEdge', node: { __typename?: 'ReferralCount', id: string, version: number, month: string, connected: number, waiting: number, declined: number, referred: number, resource: { __typename?: 'Resource', id: string, name: string }, school: { __typename?: 'School', id: string, name: string }, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } } }> } };

export type ReferralsRecordedSubscriptionVariables = Exact<{
  resourceId: InputMaybe<Scalars['ID']['input']>;
}>;


export type ReferralsRecordedSubscription = { __typename?: 'Subscription', referralsRecorded: { __typename?: 'ReferralsRecorded', referralCountId: string, resourceId: string, partnerId: string, schoolId: string, focalGroupId: string, month: string, connected: number, waiting: number, declined: number, occurredAt: string } };

export type PartnerAgreementFieldsFragment = { __typename?: 'PartnerAgreement', id: string, version: number, type: AgreementType, status: AgreementStatus, startsAt: string, endsAt: string | null, notes: string | null };

export type CreatePartnerAgreementMutationVariables = Exact<{
  input: CreatePartnerAgreementInput;
}>;


export type CreatePartnerAgreementMutation = { __typename?: 'Mutation', createPartnerAgreement: { __typename?: 'PartnerAgreement', id: string, version: number, type: AgreementType, status: AgreementStatus, startsAt: string, endsAt: string | null, notes: string | null } };

export type UpdatePartnerAgreementMutationVariables = Exact<{
  input: UpdatePartnerAgreementInput;
}>;


export type UpdatePartnerAgreementMutation = { __typename?: 'Mutation', updatePartnerAgreement: { __typename?: 'PartnerAgreement', id: string, version: number, type: AgreementType, status: AgreementStatus, startsAt: string, endsAt: string | null, notes: string | null } };

export type RecordPartnerTrainingMutationVariables = Exact<{
  input: RecordPartnerTrainingInput;
}>;


export type RecordPartnerTrainingMutation = { __typename?: 'Mutation', recordPartnerTraining: { __typename?: 'PartnerTraining', id: string, protocol: string, trainedAt: string, participants: number | null } };

export type PartnerAgreementsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type PartnerAgreementsQuery = { __typename?: 'Query', partner: { __typename?: 'Partner', id: string, trainedOnProtocolsAt: string | null, agreements: Array<{ __typename?: 'PartnerAgreement', id: string, version: number, type: AgreementType, status: AgreementStatus, startsAt: string, endsAt: string | null, notes: string | null }> | null, trainings: Array<{ __typename?: 'PartnerTraining', id: string, protocol: string, trainedAt: string, participants: number | null }> | null, resources: Array<{ __typename?: 'Resource', id: string, name: string, status: ResourceStatus }> } };

export type RecordCareerParticipationMutationVariables = Exact<{
  input: RecordCareerParticipationInput;
}>;


export type RecordCareerParticipationMutation = { __typename?: 'Mutation', recordCareerParticipation: { __typename?: 'CareerParticipation', id: string, version: number, schoolYear: string, profession: string, participants: number, school: { __typename?: 'School', id: string }, partner: { __typename?: 'Partner', id: string } | null } };

export type RecordCommunityExperiencesMutationVariables = Exact<{
  input: RecordCommunityExperiencesInput;
}>;


export type RecordCommunityExperiencesMutation = { __typename?: 'Mutation', recordCommunityExperiences: { __typename?: 'CommunityExperienceCount', id: string, version: number, schoolYear: string, ninthGraders: number, withExperience: number, school: { __typename?: 'School', id: string } } };

export type CareerParticipationQueryVariables = Exact<{
  schoolYear: Scalars['String']['input'];
}>;


export type CareerParticipationQuery = { __typename?: 'Query', careerParticipation: Array<{ __typename?: 'CareerParticipation', id: string, profession: string, participants: number }> };

export type CommunityExperiencesQueryVariables = Exact<{
  schoolYear: Scalars['String']['input'];
}>;


export type CommunityExperiencesQuery = { __typename?: 'Query', communityExperiences: Array<{ __typename?: 'CommunityExperienceCount', id: string, ninthGraders: number, withExperience: number }> };

export type ScenarioItemFieldsFragment = { __typename?: 'ScenarioItem', tier: number, startYear: number | null, rank: number, equityScore: number, reason: string, reasonCode: string, request: { __typename?: 'Request', id: string, title: string }, scoreBreakdown: Array<{ __typename?: 'CriterionValue', criterionKey: string, value: number }>, allocations: Array<{ __typename?: 'YearAllocation', year: number, moneyCents: number, fte: number }>, toMoveUp: { __typename?: 'MoveUpNeed', year: number, moneyCents: number, fte: number } | null };

export type ScenarioFieldsFragment = { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, failureMessage: string | null, solver: ScenarioSolver, discount: number, coverageBonus: number, mipGap: number, lensRevision: number, inputsHash: string, adopted: boolean, adoptedAt: string | null, createdBy: string | null, lens: { __typename?: 'EquityLens', id: string, revision: number }, cycle: { __typename?: 'BudgetCycle', id: string, name: string }, capAdjustments: Array<{ __typename?: 'CapAdjustment', year: number, tier: number | null, moneyPercent: number, ftePercent: number }>, pins: Array<{ __typename?: 'ScenarioPin', requestId: string, tier: number | null, startYear: number | null, excluded: boolean, reason: string }>, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, status: TierSolveStatus, gap: number | null }> };

export type RunScenarioMutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type RunScenarioMutation = { __typename?: 'Mutation', runScenario: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, failureMessage: string | null, solver: ScenarioSolver, discount: number, coverageBonus: number, mipGap: number, lensRevision: number, inputsHash: string, adopted: boolean, adoptedAt: string | null, createdBy: string | null, items: Array<{ __typename?: 'ScenarioItem', tier: number, startYear: number | null, rank: number, equityScore: number, reason: string, reasonCode: string, request: { __typename?: 'Request', id: string, title: string }, scoreBreakdown: Array<{ __typename?: 'CriterionValue', criterionKey: string, value: number }>, allocations: Array<{ __typename?: 'YearAllocation', year: number, moneyCents: number, fte: number }>, toMoveUp: { __typename?: 'MoveUpNeed', year: number, moneyCents: number, fte: number } | null }>, lens: { __typename?: 'EquityLens', id: string, revision: number }, cycle: { __typename?: 'BudgetCycle', id: string, name: string }, capAdjustments: Array<{ __typename?: 'CapAdjustment', year: number, tier: number | null, moneyPercent: number, ftePercent: number }>, pins: Array<{ __typename?: 'ScenarioPin', requestId: string, tier: number | null, startYear: number | null, excluded: boolean, reason: string }>, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, status: TierSolveStatus, gap: number | null }> } };

export type ScenariosQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type ScenariosQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'Scenario', id: string, name: string, adopted: boolean }> };

export type ScenarioQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, failureMessage: string | null, solver: ScenarioSolver, discount: number, coverageBonus: number, mipGap: number, lensRevision: number, inputsHash: string, adopted: boolean, adoptedAt: string | null, createdBy: string | null, items: Array<{ __typename?: 'ScenarioItem', tier: number, startYear: number | null, rank: number, equityScore: number, reason: string, reasonCode: string, request: { __typename?: 'Request', id: string, title: string }, scoreBreakdown: Array<{ __typename?: 'CriterionValue', criterionKey: string, value: number }>, allocations: Array<{ __typename?: 'YearAllocation', year: number, moneyCents: number, fte: number }>, toMoveUp: { __typename?: 'MoveUpNeed', year: number, moneyCents: number, fte: number } | null }>, lens: { __typename?: 'EquityLens', id: string, revision: number }, cycle: { __typename?: 'BudgetCycle', id: string, name: string }, capAdjustments: Array<{ __typename?: 'CapAdjustment', year: number, tier: number | null, moneyPercent: number, ftePercent: number }>, pins: Array<{ __typename?: 'ScenarioPin', requestId: string, tier: number | null, startYear: number | null, excluded: boolean, reason: string }>, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, status: TierSolveStatus, gap: number | null }> } };

export type CompareScenariosQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type CompareScenariosQuery = { __typename?: 'Query', compareScenarios: { __typename?: 'ScenarioComparison', a: { __typename?: 'Scenario', id: string }, b: { __typename?: 'Scenario', id: string }, changedItems: Array<{ __typename?: 'ScenarioItemChange', tierA: number | null, startYearA: number | null, tierB: number | null, startYearB: number | null, request: { __typename?: 'Request', id: string, title: string } }>, moneyByYearAndTier: Array<{ __typename?: 'TierMoneyDelta', year: number, tier: number, moneyCentsA: number, moneyCentsB: number, deltaCents: number }>, groupsGainedCoverage: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, groupsLostCoverage: Array<{ __typename?: 'FocalGroup', id: string, name: string }> } };

export type AdoptScenarioMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdoptScenarioMutation = { __typename?: 'Mutation', adoptScenario: { __typename?: 'Scenario', id: string, adopted: boolean, adoptedAt: string | null } };

export type PlanQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type PlanQuery = { __typename?: 'Query', plan: Array<{ __typename?: 'Allocation', fiscalYear: number, tier: number, moneyCents: number, fte: number, request: { __typename?: 'Request', id: string, title: string }, scenario: { __typename?: 'Scenario', id: string } }> };

export type ScenarioRunFieldsFragment = { __typename?: 'Scenario', id: string, status: ScenarioStatus, priority: number, attempt: number, runnerInstance: string | null, startedAt: string | null, finishedAt: string | null, failureMessage: string | null, solveMillis: number | null, progress: { __typename?: 'ScenarioProgress', status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, instance: string | null } | null };

export type StartScenarioMutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type StartScenarioMutation = { __typename?: 'Mutation', startScenario: { __typename?: 'Scenario', id: string, status: ScenarioStatus, priority: number, attempt: number, runnerInstance: string | null, startedAt: string | null, finishedAt: string | null, failureMessage: string | null, solveMillis: number | null, progress: { __typename?: 'ScenarioProgress', status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, instance: string | null } | null } };

export type CancelScenarioMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelScenarioMutation = { __typename?: 'Mutation', cancelScenario: { __typename?: 'Scenario', id: string, status: ScenarioStatus, priority: number, attempt: number, runnerInstance: string | null, startedAt: string | null, finishedAt: string | null, failureMessage: string | null, solveMillis: number | null, progress: { __typename?: 'ScenarioProgress', status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, instance: string | null } | null } };

export type ScenarioRunQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioRunQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: string, status: ScenarioStatus, priority: number, attempt: number, runnerInstance: string | null, startedAt: string | null, finishedAt: string | null, failureMessage: string | null, solveMillis: number | null, items: Array<{ __typename?: 'ScenarioItem', tier: number }>, progress: { __typename?: 'ScenarioProgress', status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, instance: string | null } | null } };

export type FundWithExtraMutationVariables = Exact<{
  scenarioId: Scalars['ID']['input'];
  requestId: Scalars['ID']['input'];
  wait: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type FundWithExtraMutation = { __typename?: 'Mutation', fundWithExtra: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, failureMessage: string | null, solver: ScenarioSolver, discount: number, coverageBonus: number, mipGap: number, lensRevision: number, inputsHash: string, adopted: boolean, adoptedAt: string | null, createdBy: string | null, extraFunds: Array<{ __typename?: 'ExtraFunds', year: number, tier: number, moneyCents: number, fte: number }>, basedOn: { __typename?: 'Scenario', id: string } | null, fundedRequest: { __typename?: 'Request', id: string } | null, items: Array<{ __typename?: 'ScenarioItem', tier: number, startYear: number | null, rank: number, equityScore: number, reason: string, reasonCode: string, toMoveUp: { __typename?: 'MoveUpNeed', year: number, moneyCents: number, fte: number, perYear: Array<{ __typename?: 'YearAllocation', year: number, moneyCents: number, fte: number }> | null, movesWith: Array<{ __typename?: 'MoveUpDependency', requestId: string, year: number }> | null } | null, request: { __typename?: 'Request', id: string, title: string }, scoreBreakdown: Array<{ __typename?: 'CriterionValue', criterionKey: string, value: number }>, allocations: Array<{ __typename?: 'YearAllocation', year: number, moneyCents: number, fte: number }> }>, lens: { __typename?: 'EquityLens', id: string, revision: number }, cycle: { __typename?: 'BudgetCycle', id: string, name: string }, capAdjustments: Array<{ __typename?: 'CapAdjustment', year: number, tier: number | null, moneyPercent: number, ftePercent: number }>, pins: Array<{ __typename?: 'ScenarioPin', requestId: string, tier: number | null, startYear: number | null, excluded: boolean, reason: string }>, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, status: TierSolveStatus, gap: number | null }> } };

export type EngagementPlanFieldsFragment = { __typename?: 'EngagementPlan', id: string, version: number, schoolYear: string, origin: EngagementPlanOrigin, originReason: string, intakeHeldAt: string | null, intakeParticipants: Array<string>, agreedNeeds: Array<string>, school: { __typename?: 'School', id: string, name: string, titleOne: boolean, highPriority: boolean }, commitments: Array<{ __typename?: 'EngagementCommitment', id: string, version: number, party: CommitmentParty, description: string, owner: string, dueAt: string, status: CommitmentStatus }>, phases: Array<{ __typename?: 'EngagementPhase', id: string, version: number, kind: EngagementPhaseKind, objectives: Array<string>, startsAt: string, endsAt: string | null, visitCount: number, visits: Array<{ __typename?: 'PersonalVisit', id: string, visitedAt: string, language: string, staffRole: string, topics: Array<string>, followUps: Array<string>, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } | null }> | null, sessions: Array<{ __typename?: 'EngagementSession', id: string, title: string }> }>, recommendations: Array<{ __typename?: 'SchoolRecommendation', id: string, version: number, period: SchoolReportPeriod, text: string, status: RecommendationStatus, decidedBy: string | null, declineReason: string | null }> };

export type EngagementPlansQueryVariables = Exact<{
  schoolId: InputMaybe<Scalars['ID']['input']>;
  schoolYear: InputMaybe<Scalars['String']['input']>;
}>;


export type EngagementPlansQuery = { __typename?: 'Query', engagementPlans: Array<{ __typename?: 'EngagementPlan', id: string, schoolYear: string, origin: EngagementPlanOrigin, school: { __typename?: 'School', id: string, name: string }, phases: Array<{ __typename?: 'EngagementPhase', id: string, kind: EngagementPhaseKind, visitCount: number }> }> };

export type EngagementPlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EngagementPlanQuery = { __typename?: 'Query', engagementPlan: { __typename?: 'EngagementPlan', id: string, version: number, schoolYear: string, origin: EngagementPlanOrigin, originReason: string, intakeHeldAt: string | null, intakeParticipants: Array<string>, agreedNeeds: Array<string>, school: { __typename?: 'School', id: string, name: string, titleOne: boolean, highPriority: boolean }, commitments: Array<{ __typename?: 'EngagementCommitment', id: string, version: number, party: CommitmentParty, description: string, owner: string, dueAt: string, status: CommitmentStatus }>, phases: Array<{ __typename?: 'EngagementPhase', id: string, version: number, kind: EngagementPhaseKind, objectives: Array<string>, startsAt: string, endsAt: string | null, visitCount: number, visits: Array<{ __typename?: 'PersonalVisit', id: string, visitedAt: string, language: string, staffRole: string, topics: Array<string>, followUps: Array<string>, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } | null }> | null, sessions: Array<{ __typename?: 'EngagementSession', id: string, title: string }> }>, recommendations: Array<{ __typename?: 'SchoolRecommendation', id: string, version: number, period: SchoolReportPeriod, text: string, status: RecommendationStatus, decidedBy: string | null, declineReason: string | null }> } };

export type PersonalVisitsQueryVariables = Exact<{
  phaseId: Scalars['ID']['input'];
}>;


export type PersonalVisitsQuery = { __typename?: 'Query', personalVisits: Array<{ __typename?: 'PersonalVisit', id: string, language: string, topics: Array<string> }> };

export type CreateEngagementPlanMutationVariables = Exact<{
  input: CreateEngagementPlanInput;
}>;


export type CreateEngagementPlanMutation = { __typename?: 'Mutation', createEngagementPlan: { __typename?: 'EngagementPlan', id: string, version: number, schoolYear: string, origin: EngagementPlanOrigin } };

export type UpdateEngagementPlanMutationVariables = Exact<{
  input: UpdateEngagementPlanInput;
}>;


export type UpdateEngagementPlanMutation = { __typename?: 'Mutation', updateEngagementPlan: { __typename?: 'EngagementPlan', id: string, version: number, origin: EngagementPlanOrigin, originReason: string } };

export type RecordEngagementIntakeMutationVariables = Exact<{
  input: RecordEngagementIntakeInput;
}>;


export type RecordEngagementIntakeMutation = { __typename?: 'Mutation', recordEngagementIntake: { __typename?: 'EngagementPlan', id: string, version: number, intakeHeldAt: string | null, intakeParticipants: Array<string>, agreedNeeds: Array<string> } };

export type AddEngagementCommitmentMutationVariables = Exact<{
  input: AddEngagementCommitmentInput;
}>;


export type AddEngagementCommitmentMutation = { __typename?: 'Mutation', addEngagementCommitment: { __typename?: 'EngagementCommitment', id: string, version: number, party: CommitmentParty, status: CommitmentStatus } };

export type UpdateEngagementCommitmentMutationVariables = Exact<{
  input: UpdateEngagementCommitmentInput;
}>;


export type UpdateEngagementCommitmentMutation = { __typename?: 'Mutation', updateEngagementCommitment: { __typename?: 'EngagementCommitment', id: string, version: number, status: CommitmentStatus } };

export type AddEngagementPhaseMutationVariables = Exact<{
  input: AddEngagementPhaseInput;
}>;


export type AddEngagementPhaseMutation = { __typename?: 'Mutation', addEngagementPhase: { __typename?: 'EngagementPhase', id: string, version: number, kind: EngagementPhaseKind, objectives: Array<string> } };

export type UpdateEngagementPhaseMutationVariables = Exact<{
  input: UpdateEngagementPhaseInput;
}>;


export type UpdateEngagementPhaseMutation = { __typename?: 'Mutation', updateEngagementPhase: { __typename?: 'EngagementPhase', id: string, version: number, objectives: Array<string>, endsAt: string | null } };

export type AttachSessionToPhaseMutationVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  phaseId: InputMaybe<Scalars['ID']['input']>;
}>;


export type AttachSessionToPhaseMutation = { __typename?: 'Mutation', attachSessionToPhase: { __typename?: 'EngagementSession', id: string, phase: { __typename?: 'EngagementPhase', id: string, kind: EngagementPhaseKind } | null } };

export type RecordPersonalVisitMutationVariables = Exact<{
  input: RecordPersonalVisitInput;
}>;


export type RecordPersonalVisitMutation = { __typename?: 'Mutation', recordPersonalVisit: { __typename?: 'PersonalVisit', id: string, language: string, topics: Array<string>, followUps: Array<string>, focalGroup: { __typename?: 'FocalGroup', id: string } | null } };

export type ProposeSchoolRecommendationMutationVariables = Exact<{
  input: ProposeSchoolRecommendationInput;
}>;


export type ProposeSchoolRecommendationMutation = { __typename?: 'Mutation', proposeSchoolRecommendation: { __typename?: 'SchoolRecommendation', id: string, version: number, status: RecommendationStatus } };

export type DecideSchoolRecommendationMutationVariables = Exact<{
  input: DecideSchoolRecommendationInput;
}>;


export type DecideSchoolRecommendationMutation = { __typename?: 'Mutation', decideSchoolRecommendation: { __typename?: 'SchoolRecommendation', id: string, version: number, status: RecommendationStatus, decidedBy: string | null, declineReason: string | null } };

export type EngagementPlanUpdatedSubscriptionVariables = Exact<{
  planId: InputMaybe<Scalars['ID']['input']>;
  schoolId: InputMaybe<Scalars['ID']['input']>;
}>;


export type EngagementPlanUpdatedSubscription = { __typename?: 'Subscription', engagementPlanUpdated: { __typename?: 'EngagementPlanUpdate', planId: string, schoolId: string, schoolYear: string, change: string, occurredAt: string } };

export type SchoolReportQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  period: SchoolReportPeriod;
}>;


export type SchoolReportQuery = { __typename?: 'Query', schoolReport: { __typename?: 'SchoolReport', planId: string, schoolYear: string, period: SchoolReportPeriod, from: string, until: string, sessionCount: number, totalAttendees: number, visitCount: number, school: { __typename?: 'School', id: string, name: string }, phases: Array<{ __typename?: 'SchoolReportPhase', phaseId: string, kind: EngagementPhaseKind, sessionCount: number, visitCount: number }>, attendance: Array<{ __typename?: 'SchoolGroupAttendance', focalGroupId: string, populationShare: number, attendance: number, participationShare: number, gap: number, participationRate: number | null }>, missingGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, visits: { __typename?: 'SchoolVisitSummary', visitCount: number, followUpCount: number, byFocalGroup: Array<{ __typename?: 'VisitCount', key: string | null, visits: number }>, byLanguage: Array<{ __typename?: 'VisitCount', key: string | null, visits: number }>, topics: Array<{ __typename?: 'VisitCount', key: string | null, visits: number }> } | null, surveys: Array<{ __typename?: 'SchoolSurveyResults', surveyId: string, surveyName: string, minCellSize: number, cells: Array<{ __typename?: 'SurveyResultCell', suppressed: boolean, respondents: number | null, percentFavourable: number | null, group: { __typename?: 'SurveyGroup', waveId: string | null, topic: string | null } }> }>, commitments: { __typename?: 'CommitmentTally', party: CommitmentParty | null, due: number, kept: number, missed: number, open: number, keptShare: number | null }, commitmentsByParty: Array<{ __typename?: 'CommitmentTally', party: CommitmentParty | null, due: number, kept: number, missed: number, open: number, keptShare: number | null }>, recommendations: Array<{ __typename?: 'SchoolRecommendation', id: string, text: string, status: RecommendationStatus, declineReason: string | null }> } };

export type SurveyResultCellFieldsFragment = { __typename?: 'SurveyResultCell', suppressed: boolean, suppression: SuppressionReason | null, respondents: number | null, answers: number | null, percentFavourable: number | null, mean: number | null, group: { __typename?: 'SurveyGroup', waveId: string | null, topic: string | null, itemId: string | null, regionId: string | null, schoolId: string | null, focalGroupId: string | null, language: string | null } };

export type SurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysQuery = { __typename?: 'Query', surveys: Array<{ __typename?: 'Survey', id: string, name: string, version: number, waves: Array<{ __typename?: 'SurveyWave', id: string, name: string, fieldedAt: string }>, items: Array<{ __typename?: 'SurveyItem', id: string, code: string, topic: string, scaleMin: number, scaleMax: number, favourableMin: number, favourableMax: number }> }> };

export type SurveyQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SurveyQuery = { __typename?: 'Query', survey: { __typename?: 'Survey', id: string, name: string, description: string | null, version: number } };

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;


export type CreateSurveyMutation = { __typename?: 'Mutation', createSurvey: { __typename?: 'Survey', id: string, name: string, version: number, waves: Array<{ __typename?: 'SurveyWave', id: string, name: string }>, items: Array<{ __typename?: 'SurveyItem', id: string, code: string, topic: string }> } };

export type UpdateSurveyMutationVariables = Exact<{
  input: UpdateSurveyInput;
}>;


export type UpdateSurveyMutation = { __typename?: 'Mutation', updateSurvey: { __typename?: 'Survey', id: string, name: string, description: string | null, version: number } };

export type CreateSurveyWaveMutationVariables = Exact<{
  input: CreateSurveyWaveInput;
}>;


export type CreateSurveyWaveMutation = { __typename?: 'Mutation', createSurveyWave: { __typename?: 'SurveyWave', id: string, name: string, fieldedAt: string } };

export type CreateSurveyItemMutationVariables = Exact<{
  input: CreateSurveyItemInput;
}>;


export type CreateSurveyItemMutation = { __typename?: 'Mutation', createSurveyItem: { __typename?: 'SurveyItem', id: string, code: string, topic: string } };

export type ImportSurveyResponsesMutationVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  csv: Scalars['String']['input'];
  importKey: InputMaybe<Scalars['String']['input']>;
}>;


export type ImportSurveyResponsesMutation = { __typename?: 'Mutation', importSurveyResponses: { __typename?: 'SurveyImportResult', alreadyImported: boolean, surveyImport: { __typename?: 'SurveyImport', id: string, importKey: string, rowsRead: number, rowsAccepted: number, durationMs: number, importedBy: string } } };

export type SurveyResultsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  groupBy: Array<SurveyDimension> | SurveyDimension;
  filter: InputMaybe<SurveyResultsFilter>;
  minCellSize: InputMaybe<Scalars['Int']['input']>;
}>;


export type SurveyResultsQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', surveyId: string, groupBy: Array<SurveyDimension>, minCellSize: number, cells: Array<{ __typename?: 'SurveyResultCell', suppressed: boolean, suppression: SuppressionReason | null, respondents: number | null, answers: number | null, percentFavourable: number | null, mean: number | null, group: { __typename?: 'SurveyGroup', waveId: string | null, topic: string | null, itemId: string | null, regionId: string | null, schoolId: string | null, focalGroupId: string | null, language: string | null } }> } };

export type SurveyResultsWithNamesQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  groupBy: Array<SurveyDimension> | SurveyDimension;
}>;


export type SurveyResultsWithNamesQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', cells: Array<{ __typename?: 'SurveyResultCell', suppressed: boolean, respondents: number | null, group: { __typename?: 'SurveyGroup', wave: { __typename?: 'SurveyWave', name: string } | null, item: { __typename?: 'SurveyItem', code: string } | null, school: { __typename?: 'School', name: string } | null, region: { __typename?: 'Region', code: string } | null, focalGroup: { __typename?: 'FocalGroup', name: string } | null } }> } };

export type SurveyTrendsQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  groupBy: InputMaybe<Array<SurveyDimension> | SurveyDimension>;
  filter: InputMaybe<SurveyResultsFilter>;
}>;


export type SurveyTrendsQuery = { __typename?: 'Query', surveyTrends: Array<{ __typename?: 'SurveyTrend', fromWaveId: string, toWaveId: string, years: number, suppressed: boolean, fromPercentFavourable: number | null, toPercentFavourable: number | null, changeInPoints: number | null, pointsPerYear: number | null, changeInMean: number | null, group: { __typename?: 'SurveyGroup', topic: string | null, schoolId: string | null, focalGroupId: string | null, language: string | null } }> };

export const BudgetCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]} as unknown as DocumentNode<BudgetCycleFieldsFragment, unknown>;
export const CommunicationTemplateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"fundedNow"}},{"kind":"Field","name":{"kind":"Name","value":"fundedIfMore"}},{"kind":"Field","name":{"kind":"Name","value":"savedForLater"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"whyMoney"}},{"kind":"Field","name":{"kind":"Name","value":"whyStaff"}},{"kind":"Field","name":{"kind":"Name","value":"whyDependency"}},{"kind":"Field","name":{"kind":"Name","value":"whyAlternative"}},{"kind":"Field","name":{"kind":"Name","value":"whyOther"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<CommunicationTemplateFieldsFragment, unknown>;
export const CommunicationDraftFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguageName"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunicationDraftFieldsFragment, unknown>;
export const EngagementSessionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"processStep"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementSessionFieldsFragment, unknown>;
export const LensFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LensFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquityLens"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]} as unknown as DocumentNode<LensFieldsFragment, unknown>;
export const FocalGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocalGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FocalGroupFieldsFragment, unknown>;
export const KeyResultFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<KeyResultFieldsFragment, unknown>;
export const PartnerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerFieldsFragment, unknown>;
export const PrefetchRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"alsoGroups"},"name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonYears"},"value":{"kind":"IntValue","value":"2"}}]}]}}]}}]}}]} as unknown as DocumentNode<PrefetchRequestFieldsFragment, unknown>;
export const PrefetchLeanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchLeanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PrefetchLeanFieldsFragment, unknown>;
export const RequestSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"peopleImpacted"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeCents"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"earliestYear"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"surveyTopic"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<RequestSummaryFragment, unknown>;
export const ResourceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costDescription"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceFieldsFragment, unknown>;
export const ReferralFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"referred"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralFieldsFragment, unknown>;
export const PartnerAgreementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<PartnerAgreementFieldsFragment, unknown>;
export const ScenarioItemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"equityScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]} as unknown as DocumentNode<ScenarioItemFieldsFragment, unknown>;
export const ScenarioFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBonus"}},{"kind":"Field","name":{"kind":"Name","value":"mipGap"}},{"kind":"Field","name":{"kind":"Name","value":"lensRevision"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]} as unknown as DocumentNode<ScenarioFieldsFragment, unknown>;
export const ScenarioRunFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"runnerInstance"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]} as unknown as DocumentNode<ScenarioRunFieldsFragment, unknown>;
export const EngagementPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"originReason"}},{"kind":"Field","name":{"kind":"Name","value":"intakeHeldAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"agreedNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleOne"}},{"kind":"Field","name":{"kind":"Name","value":"highPriority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<EngagementPlanFieldsFragment, unknown>;
export const SurveyResultCellFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResultCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"percentFavourable"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]} as unknown as DocumentNode<SurveyResultCellFieldsFragment, unknown>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entity"}}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"credential"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"csrfToken"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ApiTokensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiTokens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiTokens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<ApiTokensQuery, ApiTokensQueryVariables>;
export const IssueApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueApiTokenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"apiToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssueApiTokenMutation, IssueApiTokenMutationVariables>;
export const RevokeApiTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeApiToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeApiTokenMutation, RevokeApiTokenMutationVariables>;
export const BudgetCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]} as unknown as DocumentNode<BudgetCyclesQuery, BudgetCyclesQueryVariables>;
export const BudgetCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]} as unknown as DocumentNode<BudgetCycleQuery, BudgetCycleQueryVariables>;
export const CreateBudgetCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateBudgetCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateBudgetCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createBudgetCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]} as unknown as DocumentNode<CreateBudgetCycleMutation, CreateBudgetCycleMutationVariables>;
export const UpdateBudgetCycleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateBudgetCycle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateBudgetCycleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateBudgetCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"BudgetCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"BudgetCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BudgetCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]} as unknown as DocumentNode<UpdateBudgetCycleMutation, UpdateBudgetCycleMutationVariables>;
export const CommunicationTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"fundedNow"}},{"kind":"Field","name":{"kind":"Name","value":"fundedIfMore"}},{"kind":"Field","name":{"kind":"Name","value":"savedForLater"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"whyMoney"}},{"kind":"Field","name":{"kind":"Name","value":"whyStaff"}},{"kind":"Field","name":{"kind":"Name","value":"whyDependency"}},{"kind":"Field","name":{"kind":"Name","value":"whyAlternative"}},{"kind":"Field","name":{"kind":"Name","value":"whyOther"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<CommunicationTemplatesQuery, CommunicationTemplatesQueryVariables>;
export const UpsertCommunicationTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpsertCommunicationTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpsertCommunicationTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"upsertCommunicationTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationTemplateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationTemplateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationTemplate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"opening"}},{"kind":"Field","name":{"kind":"Name","value":"fundedNow"}},{"kind":"Field","name":{"kind":"Name","value":"fundedIfMore"}},{"kind":"Field","name":{"kind":"Name","value":"savedForLater"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"whyMoney"}},{"kind":"Field","name":{"kind":"Name","value":"whyStaff"}},{"kind":"Field","name":{"kind":"Name","value":"whyDependency"}},{"kind":"Field","name":{"kind":"Name","value":"whyAlternative"}},{"kind":"Field","name":{"kind":"Name","value":"whyOther"}},{"kind":"Field","name":{"kind":"Name","value":"closing"}}]}}]} as unknown as DocumentNode<UpsertCommunicationTemplateMutation, UpsertCommunicationTemplateMutationVariables>;
export const CommunicationDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationDrafts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraftFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguageName"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommunicationDraftsQuery, CommunicationDraftsQueryVariables>;
export const UpdateCommunicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCommunicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguageName"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UpdateCommunicationDraftMutation, UpdateCommunicationDraftMutationVariables>;
export const DiscardCommunicationDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardCommunicationDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardCommunicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommunicationDraftFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommunicationDraftFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"languageName"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguageName"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DiscardCommunicationDraftMutation, DiscardCommunicationDraftMutationVariables>;
export const DashboardRequestsByRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRequestsByRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestsByRegionQuery, DashboardRequestsByRegionQueryVariables>;
export const DashboardRequestsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRequestsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestsPageQuery, DashboardRequestsPageQueryVariables>;
export const DashboardRequestsTotalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRequestsTotal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestsTotalQuery, DashboardRequestsTotalQueryVariables>;
export const DashboardRegionGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRegionGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRegionGroupsQuery, DashboardRegionGroupsQueryVariables>;
export const DashboardPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DashboardPlanQuery, DashboardPlanQueryVariables>;
export const DashboardRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"NullValue"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"participationShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRepresentationQuery, DashboardRepresentationQueryVariables>;
export const DashboardRunScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardRunScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DashboardRunScenarioMutation, DashboardRunScenarioMutationVariables>;
export const DashboardAdoptScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DashboardAdoptScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DashboardAdoptScenarioMutation, DashboardAdoptScenarioMutationVariables>;
export const EngagementSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"processStep"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementSessionsQuery, EngagementSessionsQueryVariables>;
export const EngagementSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"processStep"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementSessionQuery, EngagementSessionQueryVariables>;
export const CreateEngagementSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagementSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagementSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"processStep"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateEngagementSessionMutation, CreateEngagementSessionMutationVariables>;
export const UpdateEngagementSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementSessionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementSessionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"heldAt"}},{"kind":"Field","name":{"kind":"Name","value":"processStep"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementSessionMutation, UpdateEngagementSessionMutationVariables>;
export const EquityLensesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquityLenses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"includeAllRevisions"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityLenses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeAllRevisions"},"value":{"kind":"Variable","name":{"kind":"Name","value":"includeAllRevisions"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LensFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LensFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquityLens"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]} as unknown as DocumentNode<EquityLensesQuery, EquityLensesQueryVariables>;
export const EquityLensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EquityLens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"equityLens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LensFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LensFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquityLens"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]} as unknown as DocumentNode<EquityLensQuery, EquityLensQueryVariables>;
export const CreateEquityLensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEquityLens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEquityLensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEquityLens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LensFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LensFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquityLens"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]} as unknown as DocumentNode<CreateEquityLensMutation, CreateEquityLensMutationVariables>;
export const UpdateEquityLensDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEquityLens"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEquityLensInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEquityLens"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LensFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LensFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EquityLens"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"stance"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}},{"kind":"Field","name":{"kind":"Name","value":"guidance"}}]}}]}}]} as unknown as DocumentNode<UpdateEquityLensMutation, UpdateEquityLensMutationVariables>;
export const ScoreRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lensId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scores"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CriterionScoreInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"lensId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lensId"}}},{"kind":"Argument","name":{"kind":"Name","value":"scores"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scores"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lensKey"}},{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"reviewer"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<ScoreRequestMutation, ScoreRequestMutationVariables>;
export const FocalGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocalGroups"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroupFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocalGroupFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocalGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FocalGroupsQuery, FocalGroupsQueryVariables>;
export const FocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocalGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocalGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<FocalGroupQuery, FocalGroupQueryVariables>;
export const RegionFocalGroupsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionFocalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RegionFocalGroupsQuery, RegionFocalGroupsQueryVariables>;
export const CreateFocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateFocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateFocalGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createFocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocalGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocalGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateFocalGroupMutation, CreateFocalGroupMutationVariables>;
export const UpdateFocalGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateFocalGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateFocalGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateFocalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FocalGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FocalGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FocalGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedPopulation"}},{"kind":"Field","name":{"kind":"Name","value":"proximity"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonName"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateFocalGroupMutation, UpdateFocalGroupMutationVariables>;
export const UnansweredRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnansweredRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liaisonId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unansweredRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"olderThanDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"olderThanDays"}}},{"kind":"Argument","name":{"kind":"Name","value":"liaisonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liaisonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"daysWaiting"}},{"kind":"Field","name":{"kind":"Name","value":"neverAnswered"}},{"kind":"Field","name":{"kind":"Name","value":"lastReplyAt"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusChangedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UnansweredRequestsQuery, UnansweredRequestsQueryVariables>;
export const RequestsAwaitingAcknowledgementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestsAwaitingAcknowledgement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"liaisonId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestsAwaitingAcknowledgement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"liaisonId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"liaisonId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RequestsAwaitingAcknowledgementQuery, RequestsAwaitingAcknowledgementQueryVariables>;
export const FocalGroupsNotYetToldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocalGroupsNotYetTold"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupsNotYetTold"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysSinceAdoption"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"letter"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<FocalGroupsNotYetToldQuery, FocalGroupsNotYetToldQueryVariables>;
export const CommunicationAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunicationAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationAudit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"communications"}},{"kind":"Field","name":{"kind":"Name","value":"communicationsInGroupLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"percentInGroupLanguages"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"unanswered"}},{"kind":"Field","name":{"kind":"Name","value":"meanDaysToFirstReply"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToFirstReply"}},{"kind":"Field","name":{"kind":"Name","value":"lettersAwaitingTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"byLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"groupLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"communications"}},{"kind":"Field","name":{"kind":"Name","value":"percentOfCommunications"}},{"kind":"Field","name":{"kind":"Name","value":"lettersAwaitingTranslation"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunicationAuditQuery, CommunicationAuditQueryVariables>;
export const LanguagesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Languages"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"locale"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"languages"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"locale"},"value":{"kind":"Variable","name":{"kind":"Name","value":"locale"}}}]},{"kind":"Field","name":{"kind":"Name","value":"nativeName"}}]}}]}}]} as unknown as DocumentNode<LanguagesQuery, LanguagesQueryVariables>;
export const ExportLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportLinkParameters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"parameters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parameters"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}}]} as unknown as DocumentNode<ExportLinkQuery, ExportLinkQueryVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleOne"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const CreateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateRegionMutation, CreateRegionMutationVariables>;
export const UpdateRegionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRegion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRegionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRegion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateRegionMutation, UpdateRegionMutationVariables>;
export const CreateSchoolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSchool"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSchoolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSchool"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSchoolMutation, CreateSchoolMutationVariables>;
export const ObjectivesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyResultFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<ObjectivesQuery, ObjectivesQueryVariables>;
export const KeyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KeyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyResultFields"}},{"kind":"Field","name":{"kind":"Name","value":"objective"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<KeyResultsQuery, KeyResultsQueryVariables>;
export const CreateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateObjectiveMutation, CreateObjectiveMutationVariables>;
export const UpdateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateObjectiveMutation, UpdateObjectiveMutationVariables>;
export const CreateKeyResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateKeyResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateKeyResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createKeyResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<CreateKeyResultMutation, CreateKeyResultMutationVariables>;
export const UpdateKeyResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateKeyResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateKeyResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateKeyResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"KeyResultFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"KeyResultFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"KeyResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}},{"kind":"Field","name":{"kind":"Name","value":"parameters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"periodEnd"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"withinDays"}}]}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<UpdateKeyResultMutation, UpdateKeyResultMutationVariables>;
export const RequestUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focalGroupId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"partnerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}},{"kind":"Argument","name":{"kind":"Name","value":"focalGroupId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focalGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupIds"}},{"kind":"Field","name":{"kind":"Name","value":"changedFields"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<RequestUpdatedSubscription, RequestUpdatedSubscriptionVariables>;
export const PlanChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerIds"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<PlanChangedSubscription, PlanChangedSubscriptionVariables>;
export const ScenarioCompletedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScenarioCompleted"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioCompleted"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ScenarioCompletedSubscription, ScenarioCompletedSubscriptionVariables>;
export const SurveyResultsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"SurveyResultsPublished"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsPublished"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<SurveyResultsPublishedSubscription, SurveyResultsPublishedSubscriptionVariables>;
export const LiveTransitionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LiveTransitionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LiveTransitionRequestMutation, LiveTransitionRequestMutationVariables>;
export const ScenarioProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ScenarioProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ScenarioProgressSubscription, ScenarioProgressSubscriptionVariables>;
export const PartnersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partners"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnersQuery, PartnersQueryVariables>;
export const PartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Partner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerQuery, PartnerQueryVariables>;
export const CreatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreatePartnerMutation, CreatePartnerMutationVariables>;
export const UpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Partner"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"}},{"kind":"Field","name":{"kind":"Name","value":"agreementStatus"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdatePartnerMutation, UpdatePartnerMutationVariables>;
export const PrefetchPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrefetchPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withLog"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrefetchRequestFields"}},{"kind":"Field","alias":{"kind":"Name","value":"includedLog"},"name":{"kind":"Name","value":"communications"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withLog"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"alsoGroups"},"name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonYears"},"value":{"kind":"IntValue","value":"2"}}]}]}}]}}]}}]} as unknown as DocumentNode<PrefetchPageQuery, PrefetchPageQueryVariables>;
export const PrefetchOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrefetchOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrefetchRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"alignedWithDistrictPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"trained"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"alsoGroups"},"name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"liaisonEmail"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonYears"},"value":{"kind":"IntValue","value":"2"}}]}]}}]}}]}}]} as unknown as DocumentNode<PrefetchOneQuery, PrefetchOneQueryVariables>;
export const PrefetchLeanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrefetchLeanPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrefetchLeanFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchLeanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PrefetchLeanPageQuery, PrefetchLeanPageQueryVariables>;
export const PrefetchLeanOneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PrefetchLeanOne"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PrefetchLeanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PrefetchLeanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PrefetchLeanOneQuery, PrefetchLeanOneQueryVariables>;
export const RequestSponsorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestSponsor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestSponsorQuery, RequestSponsorQueryVariables>;
export const ScenarioIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<ScenarioIdsQuery, ScenarioIdsQueryVariables>;
export const RepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Representation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"representativeness"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"participationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RepresentationQuery, RepresentationQueryVariables>;
export const RequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Requests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestsQuery, RequestsQueryVariables>;
export const RequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Request"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"horizonYears"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestSummary"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"totalCostCents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"horizonYears"},"value":{"kind":"Variable","name":{"kind":"Name","value":"horizonYears"}}}]},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"peopleImpacted"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeCents"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"earliestYear"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"surveyTopic"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<RequestQuery, RequestQueryVariables>;
export const FocalGroupAndPartnerRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocalGroupAndPartnerRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"focalGroupId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"focalGroupId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"partnerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FocalGroupAndPartnerRequestsQuery, FocalGroupAndPartnerRequestsQueryVariables>;
export const SubmitRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestSummary"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"peopleImpacted"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeCents"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"earliestYear"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"surveyTopic"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<SubmitRequestMutation, SubmitRequestMutationVariables>;
export const UpdateRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RequestSummary"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dependsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RequestSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"peopleImpacted"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeCents"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"earliestYear"}},{"kind":"Field","name":{"kind":"Name","value":"alternativeGroup"}},{"kind":"Field","name":{"kind":"Name","value":"surveyTopic"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}}]}}]} as unknown as DocumentNode<UpdateRequestMutation, UpdateRequestMutationVariables>;
export const TransitionRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionRequestMutation, TransitionRequestMutationVariables>;
export const LogCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"draft"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<LogCommunicationMutation, LogCommunicationMutationVariables>;
export const AcknowledgeResolutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeResolution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AcknowledgeResolutionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeResolution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<AcknowledgeResolutionMutation, AcknowledgeResolutionMutationVariables>;
export const ResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costDescription"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourcesQuery, ResourcesQueryVariables>;
export const ResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Resource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costDescription"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResourceQuery, ResourceQueryVariables>;
export const CreateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costDescription"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateResourceMutation, CreateResourceMutationVariables>;
export const UpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResourceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResourceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Resource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"audiences"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"free"}},{"kind":"Field","name":{"kind":"Name","value":"costDescription"}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"schools"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateResourceMutation, UpdateResourceMutationVariables>;
export const RecordReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordReferrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordReferralsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordReferrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"referred"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordReferralsMutation, RecordReferralsMutationVariables>;
export const ReferralsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Referrals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referrals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReferralFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReferralFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReferralCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"referred"}},{"kind":"Field","name":{"kind":"Name","value":"resource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReferralsQuery, ReferralsQueryVariables>;
export const ReferralsRecordedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReferralsRecorded"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralsRecorded"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"referralCountId"}},{"kind":"Field","name":{"kind":"Name","value":"resourceId"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"connected"}},{"kind":"Field","name":{"kind":"Name","value":"waiting"}},{"kind":"Field","name":{"kind":"Name","value":"declined"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<ReferralsRecordedSubscription, ReferralsRecordedSubscriptionVariables>;
export const CreatePartnerAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePartnerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatePartnerAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPartnerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<CreatePartnerAgreementMutation, CreatePartnerAgreementMutationVariables>;
export const UpdatePartnerAgreementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePartnerAgreement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerAgreementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartnerAgreement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAgreementFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<UpdatePartnerAgreementMutation, UpdatePartnerAgreementMutationVariables>;
export const RecordPartnerTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPartnerTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPartnerTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPartnerTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<RecordPartnerTrainingMutation, RecordPartnerTrainingMutationVariables>;
export const PartnerAgreementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerAgreements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trainedOnProtocolsAt"}},{"kind":"Field","name":{"kind":"Name","value":"agreements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerAgreementFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"trainedAt"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerAgreementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerAgreement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}}]}}]} as unknown as DocumentNode<PartnerAgreementsQuery, PartnerAgreementsQueryVariables>;
export const RecordCareerParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCareerParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCareerParticipationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCareerParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCareerParticipationMutation, RecordCareerParticipationMutationVariables>;
export const RecordCommunityExperiencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommunityExperiences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCommunityExperiencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCommunityExperiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"ninthGraders"}},{"kind":"Field","name":{"kind":"Name","value":"withExperience"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCommunityExperiencesMutation, RecordCommunityExperiencesMutationVariables>;
export const CareerParticipationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CareerParticipation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"careerParticipation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"profession"}},{"kind":"Field","name":{"kind":"Name","value":"participants"}}]}}]}}]} as unknown as DocumentNode<CareerParticipationQuery, CareerParticipationQueryVariables>;
export const CommunityExperiencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityExperiences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityExperiences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ninthGraders"}},{"kind":"Field","name":{"kind":"Name","value":"withExperience"}}]}}]}}]} as unknown as DocumentNode<CommunityExperiencesQuery, CommunityExperiencesQueryVariables>;
export const RunScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBonus"}},{"kind":"Field","name":{"kind":"Name","value":"mipGap"}},{"kind":"Field","name":{"kind":"Name","value":"lensRevision"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"equityScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]} as unknown as DocumentNode<RunScenarioMutation, RunScenarioMutationVariables>;
export const ScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<ScenariosQuery, ScenariosQueryVariables>;
export const ScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Scenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioItemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBonus"}},{"kind":"Field","name":{"kind":"Name","value":"mipGap"}},{"kind":"Field","name":{"kind":"Name","value":"lensRevision"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"equityScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]} as unknown as DocumentNode<ScenarioQuery, ScenarioQueryVariables>;
export const CompareScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierA"}},{"kind":"Field","name":{"kind":"Name","value":"startYearA"}},{"kind":"Field","name":{"kind":"Name","value":"tierB"}},{"kind":"Field","name":{"kind":"Name","value":"startYearB"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moneyByYearAndTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCentsA"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCentsB"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsGainedCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsLostCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompareScenariosQuery, CompareScenariosQueryVariables>;
export const AdoptScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}}]}}]}}]} as unknown as DocumentNode<AdoptScenarioMutation, AdoptScenarioMutationVariables>;
export const PlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Plan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scenario"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PlanQuery, PlanQueryVariables>;
export const StartScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"runnerInstance"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]} as unknown as DocumentNode<StartScenarioMutation, StartScenarioMutationVariables>;
export const CancelScenarioDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelScenario"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"runnerInstance"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]} as unknown as DocumentNode<CancelScenarioMutation, CancelScenarioMutationVariables>;
export const ScenarioRunDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioRun"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioRunFields"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioRunFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priority"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"}},{"kind":"Field","name":{"kind":"Name","value":"runnerInstance"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"instance"}}]}}]}}]} as unknown as DocumentNode<ScenarioRunQuery, ScenarioRunQueryVariables>;
export const FundWithExtraDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FundWithExtra"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"wait"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundWithExtra"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"wait"},"value":{"kind":"Variable","name":{"kind":"Name","value":"wait"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioFields"}},{"kind":"Field","name":{"kind":"Name","value":"extraFunds"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fundedRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScenarioItemFields"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"movesWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Scenario"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"discount"}},{"kind":"Field","name":{"kind":"Name","value":"coverageBonus"}},{"kind":"Field","name":{"kind":"Name","value":"mipGap"}},{"kind":"Field","name":{"kind":"Name","value":"lensRevision"}},{"kind":"Field","name":{"kind":"Name","value":"inputsHash"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cycle"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScenarioItemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioItem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"equityScore"}},{"kind":"Field","name":{"kind":"Name","value":"scoreBreakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}}]}}]} as unknown as DocumentNode<FundWithExtraMutation, FundWithExtraMutationVariables>;
export const EngagementPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}}]}}]}}]}}]} as unknown as DocumentNode<EngagementPlansQuery, EngagementPlansQueryVariables>;
export const EngagementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EngagementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EngagementPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EngagementPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EngagementPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"originReason"}},{"kind":"Field","name":{"kind":"Name","value":"intakeHeldAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"agreedNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleOne"}},{"kind":"Field","name":{"kind":"Name","value":"highPriority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"owner"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"visitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"staffRole"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<EngagementPlanQuery, EngagementPlanQueryVariables>;
export const PersonalVisitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonalVisits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personalVisits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"phaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}}]}}]} as unknown as DocumentNode<PersonalVisitsQuery, PersonalVisitsQueryVariables>;
export const CreateEngagementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEngagementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEngagementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEngagementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}}]}}]}}]} as unknown as DocumentNode<CreateEngagementPlanMutation, CreateEngagementPlanMutationVariables>;
export const UpdateEngagementPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"originReason"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementPlanMutation, UpdateEngagementPlanMutationVariables>;
export const RecordEngagementIntakeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordEngagementIntake"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordEngagementIntakeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordEngagementIntake"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"intakeHeldAt"}},{"kind":"Field","name":{"kind":"Name","value":"intakeParticipants"}},{"kind":"Field","name":{"kind":"Name","value":"agreedNeeds"}}]}}]}}]} as unknown as DocumentNode<RecordEngagementIntakeMutation, RecordEngagementIntakeMutationVariables>;
export const AddEngagementCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEngagementCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEngagementCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEngagementCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AddEngagementCommitmentMutation, AddEngagementCommitmentMutationVariables>;
export const UpdateEngagementCommitmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementCommitment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementCommitmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementCommitment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementCommitmentMutation, UpdateEngagementCommitmentMutationVariables>;
export const AddEngagementPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddEngagementPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddEngagementPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addEngagementPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}}]}}]}}]} as unknown as DocumentNode<AddEngagementPhaseMutation, AddEngagementPhaseMutationVariables>;
export const UpdateEngagementPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEngagementPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEngagementPhaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEngagementPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]} as unknown as DocumentNode<UpdateEngagementPhaseMutation, UpdateEngagementPhaseMutationVariables>;
export const AttachSessionToPhaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AttachSessionToPhase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attachSessionToPhase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"phaseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"phaseId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"phase"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<AttachSessionToPhaseMutation, AttachSessionToPhaseMutationVariables>;
export const RecordPersonalVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPersonalVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPersonalVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPersonalVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followUps"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RecordPersonalVisitMutation, RecordPersonalVisitMutationVariables>;
export const ProposeSchoolRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeSchoolRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeSchoolRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeSchoolRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeSchoolRecommendationMutation, ProposeSchoolRecommendationMutationVariables>;
export const DecideSchoolRecommendationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideSchoolRecommendation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DecideSchoolRecommendationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideSchoolRecommendation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]} as unknown as DocumentNode<DecideSchoolRecommendationMutation, DecideSchoolRecommendationMutationVariables>;
export const EngagementPlanUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"EngagementPlanUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementPlanUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"schoolId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"schoolId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"change"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<EngagementPlanUpdatedSubscription, EngagementPlanUpdatedSubscriptionVariables>;
export const SchoolReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolReportPeriod"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"participationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"followUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"byFocalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"surveyName"}},{"kind":"Field","name":{"kind":"Name","value":"minCellSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"percentFavourable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsByParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolReportQuery, SchoolReportQueryVariables>;
export const SurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMin"}},{"kind":"Field","name":{"kind":"Name","value":"scaleMax"}},{"kind":"Field","name":{"kind":"Name","value":"favourableMin"}},{"kind":"Field","name":{"kind":"Name","value":"favourableMax"}}]}}]}}]}}]} as unknown as DocumentNode<SurveysQuery, SurveysQueryVariables>;
export const SurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Survey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"survey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SurveyQuery, SurveyQueryVariables>;
export const CreateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const CreateSurveyWaveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyWave"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyWaveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurveyWave"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldedAt"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyWaveMutation, CreateSurveyWaveMutationVariables>;
export const CreateSurveyItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateSurveyItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSurveyItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSurveyItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]} as unknown as DocumentNode<CreateSurveyItemMutation, CreateSurveyItemMutationVariables>;
export const ImportSurveyResponsesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportSurveyResponses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"importKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importSurveyResponses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"importKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"importKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadyImported"}},{"kind":"Field","name":{"kind":"Name","value":"surveyImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"importKey"}},{"kind":"Field","name":{"kind":"Name","value":"rowsRead"}},{"kind":"Field","name":{"kind":"Name","value":"rowsAccepted"}},{"kind":"Field","name":{"kind":"Name","value":"durationMs"}},{"kind":"Field","name":{"kind":"Name","value":"importedBy"}}]}}]}}]}}]} as unknown as DocumentNode<ImportSurveyResponsesMutation, ImportSurveyResponsesMutationVariables>;
export const SurveyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResults"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultsFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minCellSize"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"minCellSize"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minCellSize"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"minCellSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SurveyResultCellFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SurveyResultCellFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"waveId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"answers"}},{"kind":"Field","name":{"kind":"Name","value":"percentFavourable"}},{"kind":"Field","name":{"kind":"Name","value":"mean"}}]}}]} as unknown as DocumentNode<SurveyResultsQuery, SurveyResultsQueryVariables>;
export const SurveyResultsWithNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsWithNames"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyDimension"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"item"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsWithNamesQuery, SurveyResultsWithNamesQueryVariables>;
export const SurveyTrendsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyTrends"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyDimension"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyTrends"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"schoolId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fromWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"toWaveId"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"fromPercentFavourable"}},{"kind":"Field","name":{"kind":"Name","value":"toPercentFavourable"}},{"kind":"Field","name":{"kind":"Name","value":"changeInPoints"}},{"kind":"Field","name":{"kind":"Name","value":"pointsPerYear"}},{"kind":"Field","name":{"kind":"Name","value":"changeInMean"}}]}}]}}]} as unknown as DocumentNode<SurveyTrendsQuery, SurveyTrendsQueryVariables>;