import { IsInt, IsOptional, IsUUID, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, ID, InputType, Int, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import { DateTimeISO } from '../shared/date-time';
import type { HubContext } from '../../core/context';
import { ExportKind } from './export-links';
import { ExportsService } from './exports.service';
import { SurveyDimension } from '../surveys/survey-results.types';

registerEnumType(ExportKind, {
  name: 'ExportKind',
  description:
    'PLAN: the adopted plan of cycleId (CSV). SURVEY_RESULTS: surveyId, groupBy, minCellSize (as surveyResults). COMMUNICATION_AUDIT: from, to (staff only). CYCLE_PABULIB: the candidate requests as a pabulib .pb file, cycleId. PLAN_PABULIB: a plan as a pabulib .pb file, either cycleId (its adopted plan) or scenarioId (staff: any completed scenario; others: the adopted one).',
});

@InputType({ description: 'What to download; which fields each kind needs is said on ExportKind.' })
export class ExportLinkParameters {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  cycleId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  surveyId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  scenarioId?: string | null;

  @Field(() => [SurveyDimension], { nullable: true })
  @IsOptional()
  groupBy?: SurveyDimension[] | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  minCellSize?: number | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  from?: Date | null;

  @Field(() => DateTimeISO, { nullable: true })
  @IsOptional()
  to?: Date | null;
}

@ObjectType({ description: 'A short-lived signed download link: a browser opens it without an Authorization header.' })
export class ExportLink {
  @Field({ description: 'Path and query of the download (absolute when the hub knows its PUBLIC_URL); it carries the signature.' })
  url!: string;

  @Field(() => DateTimeISO, { description: 'After this the link answers 410 EXPORT_LINK_EXPIRED.' })
  expiresAt!: Date;
}

@Resolver()
export class ExportsResolver {
  @Authorized()
  @Query(() => ExportLink, {
    description:
      'A signed link to a download (CSV, or a pabulib .pb file) that works without credentials for EXPORT_LINK_TTL_SECONDS (5 minutes by default), with the role and partner of whoever asked. An altered link answers 403 EXPORT_LINK_INVALID, an old one 410 EXPORT_LINK_EXPIRED.',
  })
  exportLink(
    @Arg('kind', () => ExportKind) kind: ExportKind,
    @Arg('parameters', () => ExportLinkParameters, { nullable: true }) parameters: ExportLinkParameters | null,
    @Ctx() context: HubContext,
  ): Promise<ExportLink> {
    return new ExportsService(context).exportLink(kind, parameters ?? {});
  }
}
