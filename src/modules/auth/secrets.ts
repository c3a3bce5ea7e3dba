import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** What is stored of a token or session secret: a leaked table grants nothing. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/** 192 random bits; the prefix tells a leaked secret's kind at a glance (and to secret scanners). */
export function generateSecret(prefix: 'cbh' | 'cbhs' | 'csrf'): string {
  return `${prefix}_${randomBytes(24).toString('base64url')}`;
}

export function secretsEqual(presented: string, expected: string): boolean {
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
