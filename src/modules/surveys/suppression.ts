/**
 * Small-cell and complementary suppression of one aggregate table (pure; no I/O).
 *
 * A cell counts respondents; every other figure of a cell is disclosed or hidden with it.
 * - Primary: a cell with fewer than `minCellSize` respondents is suppressed.
 * - Complementary: every margin of the table is itself a queryable aggregate (drop one
 *   dimension from groupBy, or group a school by its region, an item by its topic), so a
 *   suppressed cell could be recovered as "margin minus the visible cells of its row".
 *   Within every such row (partition) the suppressed cells must therefore be either none, or
 *   at least two that together hold at least `minCellSize` respondents; otherwise the
 *   smallest visible cell of the row (ties by key) is suppressed too, until every row holds.
 *   Smaller rows are settled first.
 * Focal groups overlap (one answer may carry several), so their rows are not exact
 * partitions; treating them as if they were only suppresses more.
 * The choice is deterministic, so the same table always hides the same cells.
 */
export type SuppressionReason = 'SMALL_CELL' | 'COMPLEMENTARY';

export interface CountedCell {
  /** The cell's value in each dimension of the table, in a fixed dimension order. */
  values: readonly string[];
  /** For dimensions nested in a coarser one (school in region, item in topic): the coarser value, else null. */
  parents: readonly (string | null)[];
  respondents: number;
}

export function suppressCells(cells: readonly CountedCell[], minCellSize: number): (SuppressionReason | null)[] {
  const reasons: (SuppressionReason | null)[] = cells.map((cell) => (cell.respondents < minCellSize ? 'SMALL_CELL' : null));
  const partitions = partitionsOf(cells);
  const sortKeys = cells.map((cell) => cell.values.join('\u0000'));
  let changed = true;
  while (changed) {
    changed = false;
    for (const partition of partitions) {
      for (;;) {
        const suppressed = partition.filter((index) => reasons[index] !== null);
        if (suppressed.length === 0) break;
        const hiddenRespondents = suppressed.reduce((sum, index) => sum + cells[index].respondents, 0);
        if (suppressed.length >= 2 && hiddenRespondents >= minCellSize) break;
        const visible = partition.filter((index) => reasons[index] === null);
        if (visible.length === 0) break;
        const next = visible.reduce((best, index) =>
          cells[index].respondents < cells[best].respondents ||
          (cells[index].respondents === cells[best].respondents && sortKeys[index] < sortKeys[best])
            ? index
            : best,
        );
        reasons[next] = 'COMPLEMENTARY';
        changed = true;
      }
    }
  }
  return reasons;
}

/** Every row of the table whose cells add up to a margin that can be queried on its own. */
function partitionsOf(cells: readonly CountedCell[]): number[][] {
  const partitions = new Map<string, number[]>();
  const add = (key: string, index: number) => {
    const partition = partitions.get(key);
    if (partition) partition.push(index);
    else partitions.set(key, [index]);
  };
  cells.forEach((cell, index) => {
    for (let dimension = 0; dimension < cell.values.length; dimension += 1) {
      const others = cell.values.map((value, position) => (position === dimension ? '*' : value));
      add(`${dimension}|${others.join('\u0000')}`, index);
      const parent = cell.parents[dimension];
      if (parent !== null) add(`${dimension}|${others.join('\u0000')}|in|${parent}`, index);
    }
  });
  // Nested rows first: a pair hidden within a region also protects the district-wide row, while
  // the reverse order could pick a complement from another region and hide more than needed.
  return [...partitions.values()].filter((partition) => partition.length > 1).sort((a, b) => a.length - b.length);
}
