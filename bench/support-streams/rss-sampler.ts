/** Samples the process's RSS while a task runs and reports the peak growth over the start. */
export interface RssSampler {
  sample(): void;
  peakGrowthMb(): number;
}

export function createRssSampler(): RssSampler {
  const start = process.memoryUsage.rss();
  let peak = start;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage.rss());
    },
    peakGrowthMb: () => (peak - start) / 1024 / 1024,
  };
}
