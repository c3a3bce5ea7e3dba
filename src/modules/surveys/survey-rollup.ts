import type { SurveyResponseRollup } from './survey-response-rollup.entity';

export interface RollupItem {
  id: string;
  topic: string;
  favourableMin: number;
  favourableMax: number;
}

/** What every answer of one submission shares. */
export interface RespondentAttributes {
  waveId: string;
  schoolId: string;
  regionId: string;
  /** Sorted, so the same groups always make the same profile. */
  focalGroupIds: readonly string[];
  language: string;
}

export interface RollupRespondent {
  readonly attributes: RespondentAttributes;
  readonly itemIndexes: number[];
  readonly answers: number[];
}

export type RollupRow = Omit<SurveyResponseRollup, 'surveyId' | 'surveyImportId'>;

interface Profile {
  key: number;
  attributes: RespondentAttributes;
  itemIndexes: number[];
  respondents: number;
  favourable: number[];
  answerSums: number[];
}

/**
 * Builds the survey_response_rollup rows of one import from its answers, in memory while the
 * answers stream past (see SurveyResponseRollup for the grain and why it keeps n exact).
 * Items are addressed by their index in the list given to the constructor.
 */
export class SurveyRollupBuilder {
  private readonly respondents: RollupRespondent[] = [];

  constructor(private readonly items: readonly RollupItem[]) {}

  addRespondent(attributes: RespondentAttributes): RollupRespondent {
    const respondent = { attributes, itemIndexes: [], answers: [] };
    this.respondents.push(respondent);
    return respondent;
  }

  /** The caller guarantees each respondent answers an item at most once. */
  addAnswer(respondent: RollupRespondent, itemIndex: number, answer: number): void {
    respondent.itemIndexes.push(itemIndex);
    respondent.answers.push(answer);
  }

  rows(): RollupRow[] {
    const profiles = new Map<string, Profile>();
    for (const respondent of this.respondents) {
      if (respondent.itemIndexes.length === 0) continue;
      const order = respondent.itemIndexes.map((_, position) => position).sort((a, b) => respondent.itemIndexes[a] - respondent.itemIndexes[b]);
      const itemIndexes = order.map((position) => respondent.itemIndexes[position]);
      const { waveId, schoolId, focalGroupIds, language } = respondent.attributes;
      const signature = `${waveId}|${schoolId}|${focalGroupIds.join(',')}|${language}|${itemIndexes.join(',')}`;
      let profile = profiles.get(signature);
      if (!profile) {
        profile = {
          key: profiles.size + 1,
          attributes: respondent.attributes,
          itemIndexes,
          respondents: 0,
          favourable: itemIndexes.map(() => 0),
          answerSums: itemIndexes.map(() => 0),
        };
        profiles.set(signature, profile);
      }
      profile.respondents += 1;
      order.forEach((position, slot) => {
        const answer = respondent.answers[position];
        const item = this.items[itemIndexes[slot]];
        if (answer >= item.favourableMin && answer <= item.favourableMax) profile!.favourable[slot] += 1;
        profile!.answerSums[slot] += answer;
      });
    }
    const rows: RollupRow[] = [];
    for (const profile of profiles.values()) {
      const byTopic = new Map<string, number[]>();
      profile.itemIndexes.forEach((itemIndex, slot) => {
        const topic = this.items[itemIndex].topic;
        const slots = byTopic.get(topic);
        if (slots) slots.push(slot);
        else byTopic.set(topic, [slot]);
      });
      for (const [topic, slots] of byTopic) {
        const itemFavourable = slots.map((slot) => profile.favourable[slot]);
        const itemAnswerSums = slots.map((slot) => profile.answerSums[slot]);
        rows.push({
          profileKey: profile.key,
          topic,
          waveId: profile.attributes.waveId,
          schoolId: profile.attributes.schoolId,
          regionId: profile.attributes.regionId,
          focalGroupIds: [...profile.attributes.focalGroupIds],
          language: profile.attributes.language,
          itemIds: slots.map((slot) => this.items[profile.itemIndexes[slot]].id),
          respondents: profile.respondents,
          answers: profile.respondents * slots.length,
          favourable: itemFavourable.reduce((sum, value) => sum + value, 0),
          answerSum: itemAnswerSums.reduce((sum, value) => sum + value, 0),
          itemFavourable,
          itemAnswerSums,
        });
      }
    }
    return rows;
  }
}

/** The rollup columns in the order `rollupCopyLine` writes them. */
export const ROLLUP_COPY_COLUMNS =
  'survey_id, survey_import_id, profile_key, topic, wave_id, school_id, region_id, focal_group_ids, language, item_ids, respondents, answers, favourable, answer_sum, item_favourable, item_answer_sums';

/** One line of COPY text format; the topic is free text, so it is escaped. */
export function rollupCopyLine(row: RollupRow, surveyId: string, importId: string): string {
  const topic = row.topic.replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!);
  return (
    `${surveyId}\t${importId}\t${row.profileKey}\t${topic}\t${row.waveId}\t${row.schoolId}\t${row.regionId}\t{${row.focalGroupIds.join(',')}}\t${row.language}\t` +
    `{${row.itemIds.join(',')}}\t${row.respondents}\t${row.answers}\t${row.favourable}\t${row.answerSum}\t{${row.itemFavourable.join(',')}}\t{${row.itemAnswerSums.join(',')}}\n`
  );
}
