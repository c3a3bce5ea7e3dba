import fc from 'fast-check';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateTimeISO, formatDateTimeISO } from '../../src/modules/shared/date-time';

// The whole range a Date can hold: ±100,000,000 days around 1970.
const MAX_TIME = 8.64e15;

describe('formatDateTimeISO (DateTimeISO serialisation without V8 printf)', () => {
  it('is toISOString exactly, for every time a Date can hold', () => {
    fc.assert(
      fc.property(fc.integer({ min: -MAX_TIME, max: MAX_TIME }), (time) => {
        const date = new Date(time);
        expect(formatDateTimeISO(date)).toBe(date.toISOString());
      }),
      { numRuns: 20_000 },
    );
  });

  it('is toISOString exactly at the edges of years, leap days and the four-digit range', () => {
    const edges = [
      '0000-01-01T00:00:00.000Z',
      '0000-02-29T12:00:00.000Z',
      '1900-02-28T23:59:59.999Z',
      '1900-03-01T00:00:00.000Z',
      '1969-12-31T23:59:59.999Z',
      '1970-01-01T00:00:00.000Z',
      '2000-02-29T00:00:00.001Z',
      '2026-12-31T23:59:59.999Z',
      '9999-12-31T23:59:59.999Z',
    ].map((iso) => Date.parse(iso));
    const times = edges.flatMap((time) => [time - 1, time, time + 1]);
    expect(times.every((time) => Number.isFinite(time))).toBe(true);
    for (const time of times) expect(formatDateTimeISO(new Date(time))).toBe(new Date(time).toISOString());
    // Outside 0–9999 the ISO form has a signed six-digit year.
    expect(formatDateTimeISO(new Date(Date.parse('+010000-01-01T00:00:00.000Z')))).toBe('+010000-01-01T00:00:00.000Z');
    expect(formatDateTimeISO(new Date(Date.parse('-000001-12-31T23:59:59.999Z')))).toBe('-000001-12-31T23:59:59.999Z');
  });
});

describe('DateTimeISO scalar', () => {
  it('is graphql-scalars DateTimeISO in name, description and everything it accepts or refuses', () => {
    expect(DateTimeISO.name).toBe(GraphQLDateTimeISO.name);
    expect(DateTimeISO.description).toBe(GraphQLDateTimeISO.description);
    expect(DateTimeISO.serialize(new Date(Date.UTC(2026, 10, 30, 8, 5, 9, 7)))).toBe('2026-11-30T08:05:09.007Z');
    expect(DateTimeISO.serialize('2026-11-30T08:05:09+02:00')).toBe(GraphQLDateTimeISO.serialize('2026-11-30T08:05:09+02:00'));
    expect(DateTimeISO.parseValue('2026-11-30T08:05:09Z')).toEqual(GraphQLDateTimeISO.parseValue('2026-11-30T08:05:09Z'));
    expect(() => DateTimeISO.serialize(new Date(Number.NaN))).toThrow('DateTime cannot represent an invalid Date instance');
    expect(() => DateTimeISO.serialize({})).toThrow(/non string, non numeric or non Date/);
  });
});
