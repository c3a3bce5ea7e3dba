import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { entityByIdLoader, groupBy, perRequest } from '../../core/loaders';
import { SurveyItem } from './survey-item.entity';
import { SurveyWave } from './survey-wave.entity';

function createSurveyLoaders(em: EntityManager) {
  return {
    surveyWaveById: entityByIdLoader(em, SurveyWave),
    surveyItemById: entityByIdLoader(em, SurveyItem),
    wavesBySurvey: new DataLoader<string, SurveyWave[]>(async (surveyIds) => {
      const waves = await em.find(SurveyWave, { survey: { $in: [...surveyIds] } }, { orderBy: { fieldedAt: 'asc', id: 'asc' } });
      return groupBy(surveyIds, waves, (wave) => wave.survey.id);
    }),
    itemsBySurvey: new DataLoader<string, SurveyItem[]>(async (surveyIds) => {
      const items = await em.find(SurveyItem, { survey: { $in: [...surveyIds] } }, { orderBy: { code: 'asc' } });
      return groupBy(surveyIds, items, (item) => item.survey.id);
    }),
  };
}

/** This request's survey loaders, created on first use. */
export const surveyLoaders = perRequest(createSurveyLoaders);
