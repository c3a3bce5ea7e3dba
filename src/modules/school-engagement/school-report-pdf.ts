import PDFDocument from 'pdfkit';
import type { SchoolReport } from './school-report';
import { EngagementPhaseKind } from './engagement-phase.entity';
import { SchoolReportPeriod } from './school-recommendation.entity';
import { languageName } from '../../core/languages';

/** Names the report's ids stand for, looked up by the caller. */
export interface SchoolReportNames {
  schoolName: string;
  regionName: string;
  titleOne: boolean;
  highPriority: boolean;
  focalGroups: Map<string, string>;
  waves: Map<string, string>;
  /** The time the PDF was made; written in its metadata. */
  generatedAt: Date;
}

const PERIOD_TITLE: Record<SchoolReportPeriod, string> = {
  MID_YEAR: 'Mid-year data update',
  END_OF_YEAR: 'End-of-year report',
};

const PHASE_TITLE: Record<EngagementPhaseKind, string> = {
  LEADER_INQUIRY: 'Phase I: inquiry with school leaders',
  FAMILY_SMALL_GROUPS: 'Phase II: small-group sessions with families',
  PERSONAL_VISITS: 'Personal visits',
};

export const percent = (share: number | null | undefined) => (share === null || share === undefined ? 'n/a' : `${(100 * share).toFixed(1)}%`);
const day = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The school report as a PDF (pdfkit, standard fonts: no system dependency). Its sections follow the
 * on-screen view; every figure is the GraphQL report's, so the PDF never shows more than the caller
 * may read (the visit summary is absent when `report.visits` is null, suppressed survey cells say so).
 */
export function renderSchoolReportPdf(report: SchoolReport, names: SchoolReportNames): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'LETTER',
    margin: 54,
    info: { Title: `${PERIOD_TITLE[report.period]}: ${names.schoolName}, ${report.schoolYear}`, Author: 'Community Budget Hub', CreationDate: names.generatedAt },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const heading = (text: string) => doc.moveDown(0.8).font('Helvetica-Bold').fontSize(13).text(text).moveDown(0.2).font('Helvetica').fontSize(10);
  const line = (text: string) => doc.text(text);
  const bullet = (text: string) => doc.text(`- ${text}`, { indent: 10 });

  doc.font('Helvetica-Bold').fontSize(18).text(`${PERIOD_TITLE[report.period]}: ${names.schoolName}`);
  doc.font('Helvetica').fontSize(10);
  line(`School year ${report.schoolYear} - ${day(report.from)} to ${day(new Date(report.until.getTime() - 1))} - region ${names.regionName}`);
  const flags = [names.titleOne ? 'Title I' : null, names.highPriority ? 'high priority' : null].filter(Boolean);
  if (flags.length > 0) line(`School: ${flags.join(', ')}`);

  heading('Phases');
  if (report.phases.length === 0) line('No phases planned yet.');
  for (const phase of report.phases) {
    line(`${PHASE_TITLE[phase.kind]} (${day(phase.startsAt)}${phase.endsAt ? ` to ${day(phase.endsAt)}` : ''}): ${phase.sessionCount} sessions, ${phase.visitCount} visits`);
    for (const objective of phase.objectives) bullet(objective);
  }

  heading('Sessions and attendance');
  line(`Sessions held at the school: ${report.sessionCount}; total attendees: ${report.totalAttendees}; personal visits: ${report.visitCount}`);
  doc.moveDown(0.3);
  line('Focal group | community share | attendance | participation share | gap');
  for (const group of report.attendance) {
    line(`${names.focalGroups.get(group.focalGroupId) ?? group.focalGroupId} | ${percent(group.populationShare)} | ${group.attendance} | ${percent(group.participationShare)} | ${(100 * group.gap).toFixed(1)} pts`);
  }

  heading('Representation gaps');
  if (report.missingGroups.length === 0) line('Every focal group took part at least at half its community share.');
  else line(`Missing from the conversation (participation below half their community share): ${report.missingGroups.map((group) => group.name).join(', ')}`);

  if (report.visits) {
    heading('Personal visits');
    line(`Visits: ${report.visits.visitCount}; follow-ups agreed: ${report.visits.followUpCount}`);
    line(`By language: ${report.visits.byLanguage.map((row) => `${languageName(row.key ?? '')} ${row.visits}`).join(', ') || 'none'}`);
    line(`By focal group: ${report.visits.byFocalGroup.map((row) => `${row.key ? (names.focalGroups.get(row.key) ?? row.key) : 'not recorded'} ${row.visits}`).join(', ') || 'none'}`);
    line(`Topics raised: ${report.visits.topics.map((row) => `${row.key} (${row.visits})`).join(', ') || 'none'}`);
  }

  heading('Survey results');
  if (report.surveys.length === 0) line('No survey wave with answers from this school in the period.');
  for (const survey of report.surveys) {
    doc.font('Helvetica-Bold').text(survey.surveyName).font('Helvetica');
    for (const cell of survey.cells) {
      const wave = cell.group.waveId ? (names.waves.get(cell.group.waveId) ?? '') : '';
      line(
        cell.suppressed
          ? `${wave} - ${cell.group.topic}: suppressed (fewer than ${survey.minCellSize} respondents)`
          : `${wave} - ${cell.group.topic}: ${cell.percentFavourable!.toFixed(1)}% favourable, n = ${cell.respondents}`,
      );
    }
  }

  heading('Commitments');
  const all = report.commitments;
  line(`Due by the end of the period: ${all.due}; kept: ${all.kept}; missed: ${all.missed}; open: ${all.open}; kept share: ${percent(all.keptShare)}`);
  for (const side of report.commitmentsByParty) line(`${side.party === 'DISTRICT' ? 'District' : 'School'}: ${side.kept} of ${side.due} kept, ${side.missed} missed, ${side.open} open`);

  heading('Recommendations');
  if (report.recommendations.length === 0) line('No recommendations yet.');
  for (const recommendation of report.recommendations) {
    const decided = recommendation.decidedBy ? ` by ${recommendation.decidedBy}` : '';
    bullet(`${recommendation.text} [${recommendation.status}${recommendation.status === 'PROPOSED' ? '' : decided}]${recommendation.declineReason ? ` - reason: ${recommendation.declineReason}` : ''}`);
  }

  doc.end();
  return done;
}
