/**
 * mulberry32: a tiny seeded generator, uniform in [0, 1), identical on every platform. The demo
 * district and the benchmarks' generated data must come out the same on every run, so none of
 * them touches Math.random.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The demo district's generator, with helpers that keep amounts looking like budget lines. */
export class DemoRandom {
  /** Uniform in [0, 1). */
  readonly next: () => number;

  constructor(seed: number) {
    this.next = seededRandom(seed);
  }

  /** One independent stream per seed step, so editing one step's data leaves the others unchanged. */
  static forStep(step: string): DemoRandom {
    let hash = 0x811c9dc5;
    for (const character of `demo-district/${step}`) hash = Math.imul(hash ^ character.charCodeAt(0), 0x01000193);
    return new DemoRandom(hash);
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
