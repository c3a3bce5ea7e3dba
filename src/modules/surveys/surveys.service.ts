import { Readable } from 'node:stream';
import { BadUserInputError, NotFoundError } from '../../core/errors';
import type { HubContext } from '../../core/context';
import { runWrite } from '../../core/unit-of-work';
import { assertVersion, snapshot } from '../shared/snapshot';
import { importSurveyCsv, type SurveyImportOutcome } from './survey-import';
import { SurveyItem } from './survey-item.entity';
import { canonicalDimensions, surveyResultCells } from './survey-results';
import { SurveyDimension, type SurveyGroup, type SurveyResults, type SurveyTrend } from './survey-results.types';
import { SurveyWave } from './survey-wave.entity';
import { Survey } from './survey.entity';
import type {
  CreateSurveyInput,
  CreateSurveyItemInput,
  CreateSurveyWaveInput,
  SurveyItemInput,
  SurveyResultsFilter,
  SurveyWaveInput,
  UpdateSurveyInput,
} from './surveys.inputs';
import { surveyLoaders } from './surveys.loaders';

const MS_PER_YEAR = 365.25 * 24 * 60 * 60 * 1000;

export class SurveysService {
  constructor(private readonly context: HubContext) {}

  surveys(): Promise<Survey[]> {
    return this.context.em.find(Survey, {}, { orderBy: { name: 'asc' } });
  }

  async survey(id: string): Promise<Survey> {
    const survey = await this.context.em.findOne(Survey, id);
    if (!survey) throw new NotFoundError('Survey', id);
    return survey;
  }

  createSurvey(input: CreateSurveyInput): Promise<Survey> {
    assertUnique(input.waves.map((wave) => wave.name), 'wave name');
    assertUnique(input.items.map((item) => item.code), 'item code');
    input.items.forEach(assertItemScale);
    return runWrite(this.context, async ({ em, audit }) => {
      const survey = em.create(Survey, { name: input.name, description: input.description ?? null });
      for (const wave of input.waves) em.create(SurveyWave, { survey, ...waveFields(wave) });
      for (const item of input.items) em.create(SurveyItem, { survey, ...itemFields(item) });
      await em.flush();
      audit({ action: 'createSurvey', entityType: 'Survey', entityId: survey.id, after: { ...snapshot(survey), waves: input.waves.length, items: input.items.length } });
      return survey;
    });
  }

  updateSurvey(input: UpdateSurveyInput): Promise<Survey> {
    return runWrite(this.context, async ({ em, audit }) => {
      const survey = await em.findOne(Survey, input.id);
      if (!survey) throw new NotFoundError('Survey', input.id);
      assertVersion(survey, input.version, 'Survey');
      const before = snapshot(survey);
      if (input.name !== undefined) survey.name = input.name;
      if (input.description !== undefined) survey.description = input.description;
      await em.flush();
      audit({ action: 'updateSurvey', entityType: 'Survey', entityId: survey.id, before, after: snapshot(survey) });
      return survey;
    });
  }

  createSurveyWave(input: CreateSurveyWaveInput): Promise<SurveyWave> {
    return runWrite(this.context, async ({ em, audit }) => {
      const survey = await em.findOne(Survey, input.surveyId);
      if (!survey) throw new NotFoundError('Survey', input.surveyId);
      if (await em.count(SurveyWave, { survey, name: input.name })) throw new BadUserInputError(`Survey already has a wave named "${input.name}"`);
      const wave = em.create(SurveyWave, { survey, ...waveFields(input) });
      await em.flush();
      audit({ action: 'createSurveyWave', entityType: 'SurveyWave', entityId: wave.id, after: snapshot(wave) });
      return wave;
    });
  }

  createSurveyItem(input: CreateSurveyItemInput): Promise<SurveyItem> {
    assertItemScale(input);
    return runWrite(this.context, async ({ em, audit }) => {
      const survey = await em.findOne(Survey, input.surveyId);
      if (!survey) throw new NotFoundError('Survey', input.surveyId);
      if (await em.count(SurveyItem, { survey, code: input.code })) throw new BadUserInputError(`Survey already has an item with code "${input.code}"`);
      const item = em.create(SurveyItem, { survey, ...itemFields(input) });
      await em.flush();
      audit({ action: 'createSurveyItem', entityType: 'SurveyItem', entityId: item.id, after: snapshot(item) });
      return item;
    });
  }

  importSurveyResponses(surveyId: string, csv: string, importKey: string | null): Promise<SurveyImportOutcome> {
    return importSurveyCsv(this.context, surveyId, Readable.from([Buffer.from(csv, 'utf8')]), importKey);
  }

  async surveyResults(surveyId: string, groupBy: SurveyDimension[], filter: SurveyResultsFilter | null, minCellSize: number | null): Promise<SurveyResults> {
    const threshold = this.minCellSize(minCellSize);
    await this.survey(surveyId);
    const dimensions = canonicalDimensions(groupBy);
    const cells = await surveyResultCells(this.context.em, surveyId, dimensions, filter, this.context.config.MIN_CELL_SIZE, threshold);
    return { surveyId, groupBy: dimensions, minCellSize: threshold, cells };
  }

  /**
   * Change of each topic between consecutive waves, per group. Read from the suppressed
   * [TOPIC, WAVE, ...groupBy] table, so a trend never reveals what that table hides.
   */
  async surveyTrends(surveyId: string, groupBy: SurveyDimension[], filter: SurveyResultsFilter | null, minCellSize: number | null): Promise<SurveyTrend[]> {
    const results = await this.surveyResults(surveyId, [SurveyDimension.TOPIC, SurveyDimension.WAVE, ...groupBy], filter, minCellSize);
    const waves = await surveyLoaders(this.context).wavesBySurvey.load(surveyId);
    const waveOrder = new Map(waves.map((wave, index) => [wave.id, index]));
    const series = new Map<string, typeof results.cells>();
    for (const cell of results.cells) {
      const key = JSON.stringify({ ...cell.group, waveId: null });
      series.set(key, [...(series.get(key) ?? []), cell]);
    }
    const trends: SurveyTrend[] = [];
    for (const cells of series.values()) {
      cells.sort((a, b) => waveOrder.get(a.group.waveId!)! - waveOrder.get(b.group.waveId!)!);
      for (let index = 1; index < cells.length; index += 1) {
        const from = cells[index - 1];
        const to = cells[index];
        const years = (waves[waveOrder.get(to.group.waveId!)!].fieldedAt.getTime() - waves[waveOrder.get(from.group.waveId!)!].fieldedAt.getTime()) / MS_PER_YEAR;
        const group: SurveyGroup = { ...to.group, waveId: null };
        const base = { group, fromWaveId: from.group.waveId!, toWaveId: to.group.waveId!, years };
        if (from.suppressed || to.suppressed) {
          trends.push({ ...base, suppressed: true, fromPercentFavourable: null, toPercentFavourable: null, changeInPoints: null, pointsPerYear: null, changeInMean: null });
          continue;
        }
        const changeInPoints = to.percentFavourable! - from.percentFavourable!;
        trends.push({
          ...base,
          suppressed: false,
          fromPercentFavourable: from.percentFavourable,
          toPercentFavourable: to.percentFavourable,
          changeInPoints,
          pointsPerYear: years > 0 ? changeInPoints / years : null,
          changeInMean: to.mean! - from.mean!,
        });
      }
    }
    return trends;
  }

  /**
   * Anyone may ask for a larger minimum cell (it hides more cells; the differencing guarantee stays
   * the configured one); nobody, staff included, for a smaller one than configured.
   */
  private minCellSize(requested: number | null): number {
    const configured = this.context.config.MIN_CELL_SIZE;
    if (requested === null || requested === undefined) return configured;
    if (requested < configured) throw new BadUserInputError(`minCellSize cannot be lowered below the configured ${configured}`);
    return requested;
  }
}

function assertUnique(values: string[], what: string): void {
  const duplicate = values.find((value, index) => values.indexOf(value) !== index);
  if (duplicate !== undefined) throw new BadUserInputError(`Duplicate ${what} "${duplicate}"`);
}

function assertItemScale(item: SurveyItemInput): void {
  if (item.scaleMin >= item.scaleMax) throw new BadUserInputError(`Item ${item.code}: scaleMin must be below scaleMax`);
  if (item.favourableMin > item.favourableMax || item.favourableMin < item.scaleMin || item.favourableMax > item.scaleMax) {
    throw new BadUserInputError(`Item ${item.code}: the favourable range must lie within the scale ${item.scaleMin}..${item.scaleMax}`);
  }
}

function waveFields(wave: SurveyWaveInput) {
  return { name: wave.name, fieldedAt: wave.fieldedAt };
}

function itemFields(item: SurveyItemInput) {
  return {
    code: item.code,
    prompt: item.prompt,
    topic: item.topic,
    scaleMin: item.scaleMin,
    scaleMax: item.scaleMax,
    favourableMin: item.favourableMin,
    favourableMax: item.favourableMax,
  };
}
