/** The columns an import file may have; anything else (a name, an email, ...) rejects the file. */
export const SURVEY_CSV_COLUMNS = ['wave', 'item', 'school', 'focal_groups', 'language', 'answer', 'submission_id'] as const;
export type SurveyCsvColumn = (typeof SURVEY_CSV_COLUMNS)[number];

/** Several focal groups in one cell are separated by ';' (names may contain commas). */
export const FOCAL_GROUP_SEPARATOR = ';';

/**
 * Splits one CSV record (RFC 4180 quoting, no embedded line breaks: survey exports put one
 * answer per line). Returns a reason string for a malformed line.
 */
export function splitCsvLine(line: string): string[] | string {
  if (!line.includes('"')) return line.split(',');
  const fields: string[] = [];
  let field = '';
  let index = 0;
  let quoted = false;
  let fieldStart = true;
  while (index < line.length) {
    const char = line[index];
    if (quoted) {
      if (char === '"') {
        if (line[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quoted = false;
        index += 1;
        if (index < line.length && line[index] !== ',') return 'a closing quote must be followed by a comma';
        continue;
      }
      field += char;
      index += 1;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      index += 1;
      continue;
    }
    if (char === '"') return 'a quote may only open a field';
    if (char === ',') {
      fields.push(field);
      field = '';
      fieldStart = true;
      index += 1;
      continue;
    }
    field += char;
    fieldStart = false;
    index += 1;
  }
  if (quoted) return 'unterminated quoted field (line breaks inside fields are not supported)';
  fields.push(field);
  return fields;
}
