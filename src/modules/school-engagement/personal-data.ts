import { BadUserInputError } from '../../core/errors';

const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i;
/** North American numbers ("(555) 010-1234", "555.010.1234") and international ones ("+252 61 555 0123"). */
const PHONE = [/\(?\b\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/, /\+\d[\d\s.()-]{7,}\d/];

/**
 * Free text about families (visit topics and follow-ups) must not carry contact details. This is a
 * backstop for the obvious cases (an e-mail address, a phone number); names and street addresses
 * cannot be recognised reliably, so the forms and the API documentation say not to write them, and
 * the records have no field for them.
 */
export function assertNoContactDetails(field: string, values: readonly string[]): void {
  for (const value of values) {
    if (EMAIL.test(value)) throw new BadUserInputError(`${field} must not contain an e-mail address: record topics, never a family's contact details`, { field });
    if (PHONE.some((pattern) => pattern.test(value))) {
      throw new BadUserInputError(`${field} must not contain a phone number: record topics, never a family's contact details`, { field });
    }
  }
}
