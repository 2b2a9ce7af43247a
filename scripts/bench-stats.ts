/** Median and 95th percentile of some samples (nearest rank; 0 for none). */
export function medianAndP95(values: readonly number[]): { median: number; p95: number } {
  const samples = [...values].sort((a, b) => a - b);
  const at = (quantile: number) =>
    samples[Math.min(samples.length - 1, Math.floor(quantile * samples.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95) };
}

/** A plain-text table row: each cell padded to its column's width. */
export const tableRow = (cells: string[], widths: number[]) =>
  cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ');

export const kB = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
