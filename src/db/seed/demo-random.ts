/**
 * A small seeded pseudo-random generator (mulberry32): the demo district must come out
 * identical on every machine and every run, so the seed never touches Math.random.
 */
export class DemoRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** One independent stream per seed step, so editing one step's data leaves the others unchanged. */
  static forStep(step: string): DemoRandom {
    let hash = 0x811c9dc5;
    for (const character of `demo-district/${step}`) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
    return new DemoRandom(hash);
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform integer in [min, max], both inclusive. */
  integer(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A multiple of `step` in [min, max]; keeps amounts looking like budget lines. */
  stepped(min: number, max: number, step: number): number {
    return step * this.integer(Math.ceil(min / step), Math.floor(max / step));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Cannot pick from an empty list');
    return items[Math.floor(this.next() * items.length)];
  }

  /** A new array in a random order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const shuffled = [...items];
    for (let i = shuffled.length - 1; i > 0; i -= 1) {
      const j = Math.floor(this.next() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    return shuffled;
  }
}
