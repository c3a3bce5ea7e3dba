import type { HubContext } from '../../core/context';
import { BadUserInputError, ForbiddenError } from '../../core/errors';
import { requireViewer } from '../../core/authorization';
import { isStaff } from '../../core/viewer';
import { ExportKind, signExportLink, type SignedExportLink } from './export-links';
import type { ExportLinkParameters } from './exports.resolver';
import { PabulibExportService } from './pabulib-export.service';

export class ExportsService {
  constructor(private readonly context: HubContext) {}

  /**
   * Checks what it can before signing (required parameters, staff-only downloads, that a cycle or
   * plan to export exists and may be read), so a link is never handed out for a download that would
   * be refused; the download checks everything again.
   */
  async exportLink(kind: ExportKind, parameters: ExportLinkParameters): Promise<SignedExportLink> {
    const viewer = requireViewer(this.context);
    const query: [string, string][] = [];
    const required = (name: keyof ExportLinkParameters) => {
      if (parameters[name] == null) throw new BadUserInputError(`${kind} needs parameters.${name}`, { field: name });
    };
    switch (kind) {
      case ExportKind.PLAN:
        required('cycleId');
        query.push(['cycleId', parameters.cycleId!]);
        break;
      case ExportKind.SURVEY_RESULTS:
        required('surveyId');
        query.push(['surveyId', parameters.surveyId!]);
        if (parameters.groupBy?.length) query.push(['groupBy', parameters.groupBy.join(',')]);
        if (parameters.minCellSize != null) query.push(['minCellSize', String(parameters.minCellSize)]);
        break;
      case ExportKind.COMMUNICATION_AUDIT:
        if (!isStaff(viewer)) throw new ForbiddenError('The communication audit is for district staff');
        required('from');
        required('to');
        query.push(['from', parameters.from!.toISOString()], ['to', parameters.to!.toISOString()]);
        break;
      case ExportKind.CYCLE_PABULIB:
        required('cycleId');
        await new PabulibExportService(this.context).cycleToExport(parameters.cycleId!);
        query.push(['cycleId', parameters.cycleId!]);
        break;
      case ExportKind.PLAN_PABULIB: {
        await new PabulibExportService(this.context).scenarioToExport(parameters);
        query.push(parameters.scenarioId != null ? ['scenarioId', parameters.scenarioId] : ['cycleId', parameters.cycleId!]);
        break;
      }
    }
    return signExportLink(this.context.config, viewer, kind, query);
  }
}
