import type { EntityManager } from '@mikro-orm/postgresql';
import { FocalGroup } from '../../modules/focal-groups/focal-group.entity';
import { School } from '../../modules/geography/school.entity';
import { SurveyImport } from '../../modules/surveys/survey-import.entity';
import { SurveyItem } from '../../modules/surveys/survey-item.entity';
import { SurveyResponseRollup } from '../../modules/surveys/survey-response-rollup.entity';
import { SurveyResponse } from '../../modules/surveys/survey-response.entity';
import { SurveyRollupBuilder } from '../../modules/surveys/survey-rollup';
import { SurveyWave } from '../../modules/surveys/survey-wave.entity';
import { Survey } from '../../modules/surveys/survey.entity';
import { seededRandom } from './demo-random';

const SUBMISSIONS_PER_WAVE = 400;
const LANGUAGES = ['en', 'en', 'en', 'es', 'es', 'vi', 'so'];
const ITEMS = [
  { code: 'BAR1', topic: 'Barriers to Engagement', prompt: 'School events happen at times I can attend.' },
  { code: 'BAR2', topic: 'Barriers to Engagement', prompt: 'Information from school reaches me in my language.' },
  { code: 'BEL1', topic: 'Sense of Belonging', prompt: 'I feel welcome at my child\'s school.' },
  { code: 'BEL2', topic: 'Sense of Belonging', prompt: 'Staff know my family.' },
  { code: 'CLI1', topic: 'School Climate', prompt: 'My child feels safe at school.' },
];

/**
 * One synthetic family survey with two waves (Fall 2026, Spring 2027) and about 4,000 answers
 * over the demo district's schools and focal groups. Spring answers lean a little more
 * favourable, so trends and key results have something to show.
 */
export async function seedDemoSurveys(em: EntityManager): Promise<void> {
  const schools = await em.find(School, {}, { orderBy: { name: 'asc' } });
  const focalGroups = await em.find(FocalGroup, {}, { orderBy: { name: 'asc' } });
  if (schools.length === 0) return;
  const next = seededRandom(20261001);
  const survey = em.create(Survey, { name: 'Demo Family Engagement Survey', description: 'Synthetic answers for the demo district.' });
  const waves = [
    em.create(SurveyWave, { survey, name: 'Fall 2026', fieldedAt: new Date('2026-10-01T00:00:00Z') }),
    em.create(SurveyWave, { survey, name: 'Spring 2027', fieldedAt: new Date('2027-04-01T00:00:00Z') }),
  ];
  const items = ITEMS.map((item) => em.create(SurveyItem, { survey, ...item, scaleMin: 1, scaleMax: 5, favourableMin: 4, favourableMax: 5 }));
  const surveyImport = em.create(SurveyImport, { survey, importKey: 'demo-seed', rowsRead: 0, rowsAccepted: 0, durationMs: 0, importedBy: 'demo seed' });
  const responses: SurveyResponse[] = [];
  // The same rollup the import writes, so surveyResults reads these answers like imported ones.
  const rollup = new SurveyRollupBuilder(items.map((item) => ({ id: item.id, topic: item.topic, favourableMin: item.favourableMin, favourableMax: item.favourableMax })));
  waves.forEach((wave, waveIndex) => {
    for (let submission = 0; submission < SUBMISSIONS_PER_WAVE; submission += 1) {
      const school = schools[Math.floor(next() * schools.length)];
      const focalGroupIds = focalGroups.length > 0 && next() < 0.6 ? [focalGroups[Math.floor(next() * focalGroups.length)].id] : [];
      const language = LANGUAGES[Math.floor(next() * LANGUAGES.length)];
      const respondentKey = String(waveIndex * SUBMISSIONS_PER_WAVE + submission + 1);
      const respondent = rollup.addRespondent({ waveId: wave.id, schoolId: school.id, regionId: school.region.id, focalGroupIds, language });
      items.forEach((item, itemIndex) => {
        const answer = Math.min(5, 1 + Math.floor(next() * 5) + (waveIndex === 1 && next() < 0.2 ? 1 : 0));
        responses.push(
          em.create(SurveyResponse, {
            surveyId: survey.id,
            waveId: wave.id,
            itemId: item.id,
            schoolId: school.id,
            regionId: school.region.id,
            focalGroupIds,
            language,
            answer,
            respondentKey,
            surveyImportId: surveyImport.id,
          }),
        );
        rollup.addAnswer(respondent, itemIndex, answer);
      });
    }
  });
  for (const row of rollup.rows()) em.create(SurveyResponseRollup, { ...row, surveyId: survey.id, surveyImportId: surveyImport.id });
  surveyImport.rowsRead = responses.length;
  surveyImport.rowsAccepted = responses.length;
  await em.flush();
}
