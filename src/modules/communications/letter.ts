import { TEMPLATE_PARTS, type TemplatePart, type TemplateText } from './communication-template.entity';

/** Which placeholders each part may use. */
const PLACEHOLDERS: Record<TemplatePart, readonly string[]> = {
  opening: ['group', 'cycle'],
  fundedNow: ['request', 'year'],
  fundedIfMore: ['request', 'year'],
  savedForLater: ['request', 'why'],
  declined: ['request'],
  whyMoney: ['years'],
  whyStaff: ['years'],
  whyDependency: [],
  whyAlternative: [],
  whyOther: [],
  closing: ['group'],
};

/** Words of the budget office that families should never have to decode. */
const INTERNAL_TERMS = /\b(tiers?|fte|equity score|caps?|rank(ed|ing)?|scenario|solver)\b/i;

/** Problems with a template's text, each naming the part; empty when it can be used. */
export function templateProblems(text: TemplateText): string[] {
  const problems: string[] = [];
  for (const part of TEMPLATE_PARTS) {
    const value = text[part];
    if (!value?.trim()) {
      problems.push(`${part}: must not be empty`);
      continue;
    }
    for (const match of value.matchAll(/\{([^{}]*)\}/g)) {
      if (!PLACEHOLDERS[part].includes(match[1])) {
        problems.push(`${part}: unknown placeholder {${match[1]}}; allowed here: ${PLACEHOLDERS[part].map((name) => `{${name}}`).join(', ') || 'none'}`);
      }
    }
    const term = INTERNAL_TERMS.exec(value);
    if (term) problems.push(`${part}: "${term[0]}" is an internal term; say it in plain words`);
  }
  return problems;
}

export type LetterOutcome =
  | { kind: 'FUNDED_NOW' | 'FUNDED_IF_MORE'; request: string; year: number }
  | { kind: 'SAVED_FOR_LATER'; request: string; why: LetterReason }
  | { kind: 'DECLINED'; request: string };

export type LetterReason = { kind: 'MONEY' | 'STAFF'; years: number[] } | { kind: 'DEPENDENCY' | 'ALTERNATIVE' | 'OTHER' };

export interface LetterContent {
  group: string;
  cycle: string;
  outcomes: LetterOutcome[];
}

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{([a-z]+)\}/g, (whole, name: string) => values[name] ?? whole);
}

function reasonText(template: TemplateText, language: string, reason: LetterReason): string {
  switch (reason.kind) {
    case 'MONEY':
    case 'STAFF': {
      const years = new Intl.ListFormat(language, { type: 'conjunction' }).format(reason.years.map(String));
      return fill(reason.kind === 'MONEY' ? template.whyMoney : template.whyStaff, { years });
    }
    case 'DEPENDENCY':
      return template.whyDependency;
    case 'ALTERNATIVE':
      return template.whyAlternative;
    default:
      return template.whyOther;
  }
}

/** The letter's text: opening, one line per request, closing. */
export function renderLetter(template: TemplateText, language: string, content: LetterContent): string {
  const lines = content.outcomes.map((outcome) => {
    switch (outcome.kind) {
      case 'FUNDED_NOW':
        return fill(template.fundedNow, { request: outcome.request, year: String(outcome.year) });
      case 'FUNDED_IF_MORE':
        return fill(template.fundedIfMore, { request: outcome.request, year: String(outcome.year) });
      case 'SAVED_FOR_LATER':
        return fill(template.savedForLater, { request: outcome.request, why: reasonText(template, language, outcome.why) });
      case 'DECLINED':
        return fill(template.declined, { request: outcome.request });
    }
  });
  return [fill(template.opening, { group: content.group, cycle: content.cycle }), '', ...lines, '', fill(template.closing, { group: content.group })].join('\n');
}

/** Used when no English template has been stored yet; also the demo's English template. */
export const ENGLISH_TEMPLATE: TemplateText = {
  opening: 'Dear {group},\nThe district has decided how it will spend its budget for {cycle}. Here is what this means for the ideas you shared with us:',
  fundedNow: '- "{request}": it will be paid for, starting in {year}.',
  fundedIfMore: '- "{request}": it will be the first to be paid for, starting in {year}, if more money or staff become available.',
  savedForLater: '- "{request}": saved for later. {why} We will look at it again when the next budget is planned.',
  declined: '- "{request}": the district decided not to go ahead with it this time.',
  whyMoney: 'There was not enough money left in {years}.',
  whyStaff: 'There were not enough staff available in {years}.',
  whyDependency: 'It can only start after another idea it depends on goes ahead.',
  whyAlternative: 'Another idea that meets the same need was chosen instead.',
  whyOther: 'Other ideas that help families with greater needs came first.',
  closing: 'Thank you for telling us what {group} need. Your family liaison will keep you informed, and you can reply to this letter at any time with questions.',
};

/** The demo's Spanish template. */
export const SPANISH_TEMPLATE: TemplateText = {
  opening: 'Estimadas familias de {group}:\nEl distrito decidió cómo usará su presupuesto para {cycle}. Esto es lo que significa para las ideas que compartieron con nosotros:',
  fundedNow: '- "{request}": se pagará a partir de {year}.',
  fundedIfMore: '- "{request}": será lo primero que se pague, a partir de {year}, si llega más dinero o más personal.',
  savedForLater: '- "{request}": se guarda para más adelante. {why} La volveremos a considerar cuando se planifique el próximo presupuesto.',
  declined: '- "{request}": el distrito decidió no llevarla a cabo esta vez.',
  whyMoney: 'No quedaba suficiente dinero en {years}.',
  whyStaff: 'No había suficiente personal disponible en {years}.',
  whyDependency: 'Solo puede empezar después de otra idea de la que depende.',
  whyAlternative: 'Se eligió otra idea que atiende la misma necesidad.',
  whyOther: 'Primero se atendieron ideas que ayudan a familias con mayores necesidades.',
  closing: 'Gracias por contarnos lo que necesitan las familias de {group}. Su enlace familiar les mantendrá informados, y pueden responder a esta carta en cualquier momento con sus preguntas.',
};
