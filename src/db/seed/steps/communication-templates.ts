import type { EntityManager } from '@mikro-orm/postgresql';
import { CommunicationTemplate } from '../../../modules/communications/communication-template.entity';
import { ENGLISH_TEMPLATE, SPANISH_TEMPLATE } from '../../../modules/communications/letter';

/** Complete English and Spanish letters; other languages are drafted in English and flagged for translation. */
export function seedCommunicationTemplates(em: EntityManager): void {
  em.create(CommunicationTemplate, { language: 'en', ...ENGLISH_TEMPLATE, updatedBy: 'demo seed' });
  em.create(CommunicationTemplate, { language: 'es', ...SPANISH_TEMPLATE, updatedBy: 'demo seed' });
}
