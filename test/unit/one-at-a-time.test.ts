import { OneAtATime } from '../../src/core/one-at-a-time';

describe('OneAtATime', () => {
  it('runs the work of one key in turn, other keys alongside, and goes on after a failure', async () => {
    const queue = new OneAtATime();
    const log: string[] = [];
    let releaseFirst!: () => void;
    const first = queue.run('cycle-a', async () => {
      log.push('a1 start');
      await new Promise<void>((resolve) => (releaseFirst = resolve));
      log.push('a1 end');
      throw new Error('a1 failed');
    });
    const second = queue.run('cycle-a', async () => {
      log.push('a2');
      return 'a2 done';
    });
    const other = queue.run('cycle-b', async () => {
      log.push('b1');
      return 'b1 done';
    });
    expect(await other).toBe('b1 done');
    expect(log).toEqual(['a1 start', 'b1']);
    releaseFirst();
    await expect(first).rejects.toThrow('a1 failed');
    expect(await second).toBe('a2 done');
    expect(log).toEqual(['a1 start', 'b1', 'a1 end', 'a2']);
  });
});
