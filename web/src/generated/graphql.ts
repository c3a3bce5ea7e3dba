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

export type FocalGroupOutcomesQueryVariables = Exact<{ [key: string]: never; }>;


export type FocalGroupOutcomesQuery = { __typename?: 'Query', focalGroups: { __typename?: 'FocalGroupConnection', edges: Array<{ __typename?: 'FocalGroupEdge', node: { __typename?: 'FocalGroup', id: string, name: string, region: { __typename?: 'Region', name: string } | null, requests: Array<{ __typename?: 'Request', id: string, title: string, status: RequestStatus, statusNote: string | null }> } }> } };

export type InboxRequestFieldsFragment = { __typename?: 'Request', id: string, title: string, status: RequestStatus, updatedAt: string, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string, name: string }> };

export type InboxRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxRequestsQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', totalCount: number, edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, title: string, status: RequestStatus, updatedAt: string, communications: Array<{ __typename?: 'Communication', id: string, direction: CommunicationDirection, communicatedAt: string }>, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string, name: string }> } }> } };

export type InboxLetterFieldsFragment = { __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, body: string, language: string, requestedLanguage: string, needsTranslation: boolean, createdAt: string, approvedAt: string | null, approvedBy: string | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string } };

export type InboxLetterDraftsQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxLetterDraftsQuery = { __typename?: 'Query', communicationDrafts: Array<{ __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, body: string, language: string, requestedLanguage: string, needsTranslation: boolean, createdAt: string, approvedAt: string | null, approvedBy: string | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string } }> };

export type UpdateInboxLetterMutationVariables = Exact<{
  input: UpdateCommunicationDraftInput;
}>;


export type UpdateInboxLetterMutation = { __typename?: 'Mutation', updateCommunicationDraft: { __typename?: 'CommunicationDraft', id: string, version: number, status: CommunicationDraftStatus, body: string, language: string, requestedLanguage: string, needsTranslation: boolean, createdAt: string, approvedAt: string | null, approvedBy: string | null, focalGroup: { __typename?: 'FocalGroup', id: string, name: string }, request: { __typename?: 'Request', id: string, title: string } } };

export type DiscardInboxLetterMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
}>;


export type DiscardInboxLetterMutation = { __typename?: 'Mutation', discardCommunicationDraft: { __typename?: 'CommunicationDraft', id: string, status: CommunicationDraftStatus, version: number } };

export type RequestDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RequestDetailQuery = { __typename?: 'Query', request: { __typename?: 'Request', id: string, title: string, description: string, status: RequestStatus, statusNote: string | null, version: number, allowedTransitions: Array<RequestStatus>, priorityArea: PriorityArea, oneTimeCents: number, recurringCents: number, fte: number, earliestYear: number, peopleImpacted: number, partner: { __typename?: 'Partner', name: string } | null, focalGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string, languages: Array<string> }>, awaitingAcknowledgementFrom: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, acknowledgements: Array<{ __typename?: 'ResolutionAcknowledgement', id: string, acknowledgedBy: string, createdAt: string, note: string | null, focalGroup: { __typename?: 'FocalGroup', name: string } }>, communications: Array<{ __typename?: 'Communication', id: string, channel: CommunicationChannel, direction: CommunicationDirection, language: string, summary: string, communicatedAt: string, loggedBy: string, focalGroup: { __typename?: 'FocalGroup', name: string } | null }> }, auditTrail: Array<{ __typename?: 'AuditEvent', id: string, action: string, actor: string, createdAt: string, after: Record<string, unknown> | null }> };

export type TransitionRequestStatusMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  to: RequestStatus;
  note: InputMaybe<Scalars['String']['input']>;
  version: InputMaybe<Scalars['Int']['input']>;
}>;


export type TransitionRequestStatusMutation = { __typename?: 'Mutation', transitionRequest: { __typename?: 'Request', id: string, status: RequestStatus, version: number } };

export type LogRequestCommunicationMutationVariables = Exact<{
  input: LogCommunicationInput;
}>;


export type LogRequestCommunicationMutation = { __typename?: 'Mutation', logCommunication: { __typename?: 'Communication', id: string } };

export type ObjectivesWithKeyResultsQueryVariables = Exact<{ [key: string]: never; }>;


export type ObjectivesWithKeyResultsQuery = { __typename?: 'Query', objectives: Array<{ __typename?: 'Objective', id: string, title: string, description: string | null, keyResults: Array<{ __typename?: 'KeyResult', id: string, title: string, measure: KeyResultMeasure, baseline: number, target: number, currentValue: number | null, progress: number | null, expectedProgress: number, status: KeyResultStatus | null, targetDate: string }> }> };

export type PartnerOwnRequestsQueryVariables = Exact<{ [key: string]: never; }>;


export type PartnerOwnRequestsQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, title: string, status: RequestStatus, statusNote: string | null, updatedAt: string, focalGroups: Array<{ __typename?: 'FocalGroup', name: string }> } }> }, budgetCycles: Array<{ __typename?: 'BudgetCycle', id: string, name: string }> };

export type PartnerPlanItemsQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type PartnerPlanItemsQuery = { __typename?: 'Query', plan: Array<{ __typename?: 'Allocation', id: string, fiscalYear: number, tier: number, moneyCents: number, request: { __typename?: 'Request', id: string, title: string } }> };

export type BudgetCyclesForPlanQueryVariables = Exact<{ [key: string]: never; }>;


export type BudgetCyclesForPlanQuery = { __typename?: 'Query', budgetCycles: Array<{ __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, fiscalYears: Array<{ __typename?: 'FiscalYear', year: number, tier1MoneyCents: number, tier2MoneyCents: number, tier1Fte: number, tier2Fte: number }> }> };

export type AdoptedPlanQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type AdoptedPlanQuery = { __typename?: 'Query', plan: Array<{ __typename?: 'Allocation', id: string, fiscalYear: number, tier: number, moneyCents: number }> };

export type PlanScenariosQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type PlanScenariosQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'Scenario', id: string, name: string, adopted: boolean, adoptedAt: string | null }> };

export type AdoptedScenarioItemsQueryVariables = Exact<{
  scenarioId: Scalars['ID']['input'];
}>;


export type AdoptedScenarioItemsQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: string, items: Array<{ __typename?: 'ScenarioItem', id: string, tier: number, startYear: number | null, rank: number, reason: string, request: { __typename?: 'Request', id: string, title: string, priorityArea: PriorityArea } }> } };

export type RegionsForRepresentationQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsForRepresentationQuery = { __typename?: 'Query', regions: Array<{ __typename?: 'Region', id: string, name: string }> };

export type RepresentationReportQueryVariables = Exact<{
  regionId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RepresentationReportQuery = { __typename?: 'Query', representation: { __typename?: 'RepresentationReport', regionId: string | null, sessionCount: number, totalAttendees: number, representativeness: number, groups: Array<{ __typename?: 'GroupRepresentation', focalGroupId: string, populationShare: number, participationShare: number, participationRate: number | null, gap: number, focalGroup: { __typename?: 'FocalGroup', name: string } }>, missingGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string, languages: Array<string> }> } };

export type ScenarioSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type ScenarioSetupQuery = { __typename?: 'Query', budgetCycles: Array<{ __typename?: 'BudgetCycle', id: string, name: string, status: BudgetCycleStatus, fiscalYears: Array<{ __typename?: 'FiscalYear', year: number, tier1MoneyCents: number, tier2MoneyCents: number, tier1Fte: number, tier2Fte: number }> }>, equityLenses: Array<{ __typename?: 'EquityLens', id: string, name: string, revision: number, criteria: Array<{ __typename?: 'LensCriterion', key: string, label: string, kind: CriterionKind, weight: number }> }> };

export type PinCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type PinCandidatesQuery = { __typename?: 'Query', requests: { __typename?: 'RequestConnection', edges: Array<{ __typename?: 'RequestEdge', node: { __typename?: 'Request', id: string, title: string, status: RequestStatus } }> } };

export type CycleScenariosQueryVariables = Exact<{
  cycleId: Scalars['ID']['input'];
}>;


export type CycleScenariosQuery = { __typename?: 'Query', scenarios: Array<{ __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, adopted: boolean, solver: ScenarioSolver, createdAt: string }> };

export type StartWhatIfMutationVariables = Exact<{
  input: RunScenarioInput;
}>;


export type StartWhatIfMutation = { __typename?: 'Mutation', startScenario: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus } };

export type CancelWhatIfMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CancelWhatIfMutation = { __typename?: 'Mutation', cancelScenario: { __typename?: 'Scenario', id: string, status: ScenarioStatus } };

export type WhatIfProgressFieldsFragment = { __typename?: 'ScenarioProgress', scenarioId: string, status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, occurredAt: string };

export type WhatIfProgressSubscriptionVariables = Exact<{
  scenarioId: Scalars['ID']['input'];
}>;


export type WhatIfProgressSubscription = { __typename?: 'Subscription', scenarioProgress: { __typename?: 'ScenarioProgress', scenarioId: string, status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, occurredAt: string } };

export type WhatIfRunStateQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WhatIfRunStateQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, failureMessage: string | null, solveMillis: number | null, startedAt: string | null, progress: { __typename?: 'ScenarioProgress', scenarioId: string, status: ScenarioStatus, phase: ScenarioPhase, tier: number | null, objective: number | null, gap: number | null, elapsedMillis: number, occurredAt: string } | null, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, gap: number | null, status: TierSolveStatus }> } };

export type ScenarioDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ScenarioDetailQuery = { __typename?: 'Query', scenario: { __typename?: 'Scenario', id: string, name: string, status: ScenarioStatus, adopted: boolean, failureMessage: string | null, solver: ScenarioSolver, solveMillis: number | null, capAdjustments: Array<{ __typename?: 'CapAdjustment', year: number, tier: number | null, moneyPercent: number, ftePercent: number }>, weightOverrides: Array<{ __typename?: 'WeightOverride', criterionKey: string, weight: number }>, pins: Array<{ __typename?: 'ScenarioPin', requestId: string, tier: number | null, startYear: number | null, excluded: boolean, reason: string }>, tiers: Array<{ __typename?: 'ScenarioTierSummary', tier: number, objective: number, status: TierSolveStatus, gap: number | null }>, items: Array<{ __typename?: 'ScenarioItem', id: string, tier: number, startYear: number | null, rank: number, equityScore: number, reason: string, reasonCode: string, toMoveUp: { __typename?: 'MoveUpNeed', year: number, moneyCents: number, fte: number } | null, request: { __typename?: 'Request', id: string, title: string } }> } };

export type CompareTwoScenariosQueryVariables = Exact<{
  a: Scalars['ID']['input'];
  b: Scalars['ID']['input'];
}>;


export type CompareTwoScenariosQuery = { __typename?: 'Query', compareScenarios: { __typename?: 'ScenarioComparison', a: { __typename?: 'Scenario', id: string, name: string }, b: { __typename?: 'Scenario', id: string, name: string }, changedItems: Array<{ __typename?: 'ScenarioItemChange', tierA: number | null, startYearA: number | null, tierB: number | null, startYearB: number | null, request: { __typename?: 'Request', id: string, title: string } }>, moneyByYearAndTier: Array<{ __typename?: 'TierMoneyDelta', year: number, tier: number, moneyCentsA: number, moneyCentsB: number, deltaCents: number }>, groupsGainedCoverage: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, groupsLostCoverage: Array<{ __typename?: 'FocalGroup', id: string, name: string }> } };

export type AdoptWhatIfMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AdoptWhatIfMutation = { __typename?: 'Mutation', adoptScenario: { __typename?: 'Scenario', id: string, adopted: boolean } };

export type SchoolReportPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type SchoolReportPlansQuery = { __typename?: 'Query', engagementPlans: Array<{ __typename?: 'EngagementPlan', id: string, schoolYear: string, origin: EngagementPlanOrigin, school: { __typename?: 'School', id: string, name: string, titleOne: boolean, highPriority: boolean } }> };

export type SchoolReportViewQueryVariables = Exact<{
  planId: Scalars['ID']['input'];
  period: SchoolReportPeriod;
}>;


export type SchoolReportViewQuery = { __typename?: 'Query', schoolReport: { __typename?: 'SchoolReport', planId: string, schoolYear: string, period: SchoolReportPeriod, from: string, until: string, sessionCount: number, totalAttendees: number, visitCount: number, school: { __typename?: 'School', id: string, name: string, titleOne: boolean, highPriority: boolean }, phases: Array<{ __typename?: 'SchoolReportPhase', phaseId: string, kind: EngagementPhaseKind, objectives: Array<string>, startsAt: string, endsAt: string | null, sessionCount: number, visitCount: number }>, attendance: Array<{ __typename?: 'SchoolGroupAttendance', focalGroupId: string, populationShare: number, attendance: number, participationShare: number, gap: number, focalGroup: { __typename?: 'FocalGroup', id: string, name: string } }>, missingGroups: Array<{ __typename?: 'FocalGroup', id: string, name: string }>, visits: { __typename?: 'SchoolVisitSummary', visitCount: number, followUpCount: number, byLanguage: Array<{ __typename?: 'VisitCount', key: string | null, visits: number }>, topics: Array<{ __typename?: 'VisitCount', key: string | null, visits: number }> } | null, surveys: Array<{ __typename?: 'SchoolSurveyResults', surveyId: string, surveyName: string, minCellSize: number, cells: Array<{ __typename?: 'SurveyResultCell', suppressed: boolean, respondents: number | null, percentFavourable: number | null, group: { __typename?: 'SurveyGroup', topic: string | null, wave: { __typename?: 'SurveyWave', id: string, name: string } | null } }> }>, commitments: { __typename?: 'CommitmentTally', due: number, kept: number, missed: number, open: number, keptShare: number | null }, commitmentsByParty: Array<{ __typename?: 'CommitmentTally', party: CommitmentParty | null, due: number, kept: number, missed: number, open: number }>, recommendations: Array<{ __typename?: 'SchoolRecommendation', id: string, text: string, status: RecommendationStatus, decidedBy: string | null, declineReason: string | null }> } };

export type SurveysForResultsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveysForResultsQuery = { __typename?: 'Query', surveys: Array<{ __typename?: 'Survey', id: string, name: string, waves: Array<{ __typename?: 'SurveyWave', id: string, name: string, fieldedAt: string }> }> };

export type SurveyResultsByTopicAndGroupQueryVariables = Exact<{
  surveyId: Scalars['ID']['input'];
  filter: InputMaybe<SurveyResultsFilter>;
}>;


export type SurveyResultsByTopicAndGroupQuery = { __typename?: 'Query', surveyResults: { __typename?: 'SurveyResults', minCellSize: number, cells: Array<{ __typename?: 'SurveyResultCell', percentFavourable: number | null, respondents: number | null, suppressed: boolean, suppression: SuppressionReason | null, group: { __typename?: 'SurveyGroup', topic: string | null, focalGroupId: string | null, focalGroup: { __typename?: 'FocalGroup', name: string } | null } }> } };

export type LivePlanChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LivePlanChangedSubscription = { __typename?: 'Subscription', planChanged: { __typename?: 'PlanChange', cycleId: string, scenarioId: string, occurredAt: string } };

export type LiveScenarioCompletedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveScenarioCompletedSubscription = { __typename?: 'Subscription', scenarioCompleted: { __typename?: 'ScenarioCompletion', cycleId: string, scenarioId: string, occurredAt: string } };

export type LiveRequestUpdatedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveRequestUpdatedSubscription = { __typename?: 'Subscription', requestUpdated: { __typename?: 'RequestUpdate', requestId: string, status: RequestStatus, occurredAt: string } };

export type LiveSurveyResultsPublishedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type LiveSurveyResultsPublishedSubscription = { __typename?: 'Subscription', surveyResultsPublished: { __typename?: 'SurveyResultsPublication', surveyId: string, occurredAt: string } };

export const InboxRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxRequestFieldsFragment, unknown>;
export const InboxLetterFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InboxLetterFieldsFragment, unknown>;
export const WhatIfProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<WhatIfProgressFieldsFragment, unknown>;
export const FocalGroupOutcomesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FocalGroupOutcomes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FocalGroupOutcomesQuery, FocalGroupOutcomesQueryVariables>;
export const InboxRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxRequestFields"}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Request"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<InboxRequestsQuery, InboxRequestsQueryVariables>;
export const InboxLetterDraftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"InboxLetterDrafts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communicationDrafts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"DRAFT"},{"kind":"EnumValue","value":"APPROVED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<InboxLetterDraftsQuery, InboxLetterDraftsQueryVariables>;
export const UpdateInboxLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateInboxLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCommunicationDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCommunicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"InboxLetterFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"InboxLetterFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommunicationDraft"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"requestedLanguage"}},{"kind":"Field","name":{"kind":"Name","value":"needsTranslation"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<UpdateInboxLetterMutation, UpdateInboxLetterMutationVariables>;
export const DiscardInboxLetterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardInboxLetter"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardCommunicationDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DiscardInboxLetterMutation, DiscardInboxLetterMutationVariables>;
export const RequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedTransitions"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}},{"kind":"Field","name":{"kind":"Name","value":"oneTimeCents"}},{"kind":"Field","name":{"kind":"Name","value":"recurringCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}},{"kind":"Field","name":{"kind":"Name","value":"earliestYear"}},{"kind":"Field","name":{"kind":"Name","value":"peopleImpacted"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}},{"kind":"Field","name":{"kind":"Name","value":"awaitingAcknowledgementFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"communications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"communicatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entity"},"value":{"kind":"StringValue","value":"Request","block":false}},{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<RequestDetailQuery, RequestDetailQueryVariables>;
export const TransitionRequestStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionRequestStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<TransitionRequestStatusMutation, TransitionRequestStatusMutationVariables>;
export const LogRequestCommunicationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogRequestCommunication"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogCommunicationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logCommunication"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LogRequestCommunicationMutation, LogRequestCommunicationMutationVariables>;
export const ObjectivesWithKeyResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ObjectivesWithKeyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"keyResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"currentValue"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"expectedProgress"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"targetDate"}}]}}]}}]}}]} as unknown as DocumentNode<ObjectivesWithKeyResultsQuery, ObjectivesWithKeyResultsQueryVariables>;
export const PartnerOwnRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOwnRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"statusNote"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"budgetCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PartnerOwnRequestsQuery, PartnerOwnRequestsQueryVariables>;
export const PartnerPlanItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerPlanItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerPlanItemsQuery, PartnerPlanItemsQueryVariables>;
export const BudgetCyclesForPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BudgetCyclesForPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}}]}}]} as unknown as DocumentNode<BudgetCyclesForPlanQuery, BudgetCyclesForPlanQueryVariables>;
export const AdoptedPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptedPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYear"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}}]}}]}}]} as unknown as DocumentNode<AdoptedPlanQuery, AdoptedPlanQueryVariables>;
export const PlanScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}}]}}]}}]} as unknown as DocumentNode<PlanScenariosQuery, PlanScenariosQueryVariables>;
export const AdoptedScenarioItemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdoptedScenarioItems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AdoptedScenarioItemsQuery, AdoptedScenarioItemsQueryVariables>;
export const RegionsForRepresentationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionsForRepresentation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RegionsForRepresentationQuery, RegionsForRepresentationQueryVariables>;
export const RepresentationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RepresentationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"representation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionId"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"representativeness"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"participationShare"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}}]}}]}}]}}]} as unknown as DocumentNode<RepresentationReportQuery, RepresentationReportQueryVariables>;
export const ScenarioSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"budgetCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"fiscalYears"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier1MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier2MoneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"tier1Fte"}},{"kind":"Field","name":{"kind":"Name","value":"tier2Fte"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"equityLenses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"revision"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioSetupQuery, ScenarioSetupQueryVariables>;
export const PinCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PinCandidates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PinCandidatesQuery, PinCandidatesQueryVariables>;
export const CycleScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cycleId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cycleId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CycleScenariosQuery, CycleScenariosQueryVariables>;
export const StartWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RunScenarioInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartWhatIfMutation, StartWhatIfMutationVariables>;
export const CancelWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<CancelWhatIfMutation, CancelWhatIfMutationVariables>;
export const WhatIfProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WhatIfProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scenarioId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scenarioId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<WhatIfProgressSubscription, WhatIfProgressSubscriptionVariables>;
export const WhatIfRunStateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfRunState"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WhatIfProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WhatIfProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ScenarioProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"elapsedMillis"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]} as unknown as DocumentNode<WhatIfRunStateQuery, WhatIfRunStateQueryVariables>;
export const ScenarioDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ScenarioDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","name":{"kind":"Name","value":"failureMessage"}},{"kind":"Field","name":{"kind":"Name","value":"solver"}},{"kind":"Field","name":{"kind":"Name","value":"solveMillis"}},{"kind":"Field","name":{"kind":"Name","value":"capAdjustments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyPercent"}},{"kind":"Field","name":{"kind":"Name","value":"ftePercent"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weightOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criterionKey"}},{"kind":"Field","name":{"kind":"Name","value":"weight"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pins"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"excluded"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"startYear"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"equityScore"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCode"}},{"kind":"Field","name":{"kind":"Name","value":"toMoveUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCents"}},{"kind":"Field","name":{"kind":"Name","value":"fte"}}]}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ScenarioDetailQuery, ScenarioDetailQueryVariables>;
export const CompareTwoScenariosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareTwoScenarios"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareScenarios"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"changedItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"tierA"}},{"kind":"Field","name":{"kind":"Name","value":"startYearA"}},{"kind":"Field","name":{"kind":"Name","value":"tierB"}},{"kind":"Field","name":{"kind":"Name","value":"startYearB"}}]}},{"kind":"Field","name":{"kind":"Name","value":"moneyByYearAndTier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCentsA"}},{"kind":"Field","name":{"kind":"Name","value":"moneyCentsB"}},{"kind":"Field","name":{"kind":"Name","value":"deltaCents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsGainedCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groupsLostCoverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CompareTwoScenariosQuery, CompareTwoScenariosQueryVariables>;
export const AdoptWhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptWhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptScenario"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"adopted"}}]}}]}}]} as unknown as DocumentNode<AdoptWhatIfMutation, AdoptWhatIfMutationVariables>;
export const SchoolReportPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolReportPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"engagementPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"origin"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleOne"}},{"kind":"Field","name":{"kind":"Name","value":"highPriority"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolReportPlansQuery, SchoolReportPlansQueryVariables>;
export const SchoolReportViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SchoolReportView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"planId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SchoolReportPeriod"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schoolReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"planId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"planId"}}},{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planId"}},{"kind":"Field","name":{"kind":"Name","value":"schoolYear"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"school"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"titleOne"}},{"kind":"Field","name":{"kind":"Name","value":"highPriority"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalAttendees"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"phases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"phaseId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"sessionCount"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"populationShare"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"participationShare"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"visits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"followUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"byLanguage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"visits"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"surveyName"}},{"kind":"Field","name":{"kind":"Name","value":"minCellSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"wave"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"percentFavourable"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"keptShare"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commitmentsByParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"party"}},{"kind":"Field","name":{"kind":"Name","value":"due"}},{"kind":"Field","name":{"kind":"Name","value":"kept"}},{"kind":"Field","name":{"kind":"Name","value":"missed"}},{"kind":"Field","name":{"kind":"Name","value":"open"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]}}]}}]} as unknown as DocumentNode<SchoolReportViewQuery, SchoolReportViewQueryVariables>;
export const SurveysForResultsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveysForResults"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"waves"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"fieldedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SurveysForResultsQuery, SurveysForResultsQueryVariables>;
export const SurveyResultsByTopicAndGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveyResultsByTopicAndGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SurveyResultsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResults"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"surveyId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"surveyId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"TOPIC"},{"kind":"EnumValue","value":"FOCAL_GROUP"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"minCellSize"}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroupId"}},{"kind":"Field","name":{"kind":"Name","value":"focalGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"percentFavourable"}},{"kind":"Field","name":{"kind":"Name","value":"respondents"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}},{"kind":"Field","name":{"kind":"Name","value":"suppression"}}]}}]}}]}}]} as unknown as DocumentNode<SurveyResultsByTopicAndGroupQuery, SurveyResultsByTopicAndGroupQueryVariables>;
export const LivePlanChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LivePlanChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LivePlanChangedSubscription, LivePlanChangedSubscriptionVariables>;
export const LiveScenarioCompletedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveScenarioCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scenarioCompleted"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cycleId"}},{"kind":"Field","name":{"kind":"Name","value":"scenarioId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LiveScenarioCompletedSubscription, LiveScenarioCompletedSubscriptionVariables>;
export const LiveRequestUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveRequestUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestUpdated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LiveRequestUpdatedSubscription, LiveRequestUpdatedSubscriptionVariables>;
export const LiveSurveyResultsPublishedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"LiveSurveyResultsPublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyResultsPublished"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}}]}}]} as unknown as DocumentNode<LiveSurveyResultsPublishedSubscription, LiveSurveyResultsPublishedSubscriptionVariables>;