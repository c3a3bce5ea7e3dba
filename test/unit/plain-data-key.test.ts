import { raw } from '@mikro-orm/core';
import { plainDataKey } from '../../src/modules/shared/plain-rows';

describe('plainDataKey (the key list statements are reused by)', () => {
  it('is the same for equal filters and differs with any value or type', () => {
    const at = new Date('2026-11-30T08:00:00.000Z');
    expect(plainDataKey([{ status: 'SUBMITTED', createdAt: { $lt: at } }])).toBe(plainDataKey([{ status: 'SUBMITTED', createdAt: { $lt: new Date(at.getTime()) } }]));
    const keys = [
      [{ status: 'SUBMITTED' }],
      [{ status: 'DECLINED' }],
      [{ createdAt: { $lt: at } }],
      [{ createdAt: { $lt: at.toISOString() } }],
      [{ moneyCents: 5 }],
      [{ moneyCents: '5' }],
      [{ id: { $in: ['a', 'b'] } }],
      [{ id: { $in: ['a,b'] } }],
      [{ partner: null }],
      [{ partner: undefined }],
      [{}],
    ].map(plainDataKey);
    expect(keys.every((key) => typeof key === 'string')).toBe(true);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('refuses anything that is not plain data, so such statements are built every time', () => {
    class Reference {
      constructor(readonly id: string) {}
    }
    expect(plainDataKey([{ partner: new Reference('p1') }])).toBeUndefined();
    expect(plainDataKey([{ [raw('lower(title)')]: 'x' }])).toBeUndefined();
    expect(plainDataKey([{ title: raw('lower(?)', ['x']) }])).toBeUndefined();
    expect(plainDataKey([{ count: 10n }])).toBeUndefined();
  });
});
