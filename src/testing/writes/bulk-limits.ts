/** Akeneo's limits on one bulk upsert request. */
export interface BulkLimits {
  /** @default 100 */
  readonly maxItems: number;
  /** @default 1_000_000 */
  readonly maxLineLength: number;
  /** Time the server spends on each bulk request before answering (benchmarks). */
  readonly batchDelayMs: number;
}

/** The 413 message for a request with too many items. */
export function tooManyItemsMessage(limits: BulkLimits): string {
  return `Too many resources to process, ${limits.maxItems} is the maximum allowed.`;
}

/** The 415 message for a content type the endpoint does not take. */
export function unsupportedTypeMessage(given: string, expected: string): string {
  return `"${given}" in "Content-type" header is not valid. Only "${expected}" is allowed.`;
}

/** Waits, when the bulk delay asks for it. */
export function waitForBatch(limits: BulkLimits): Promise<void> {
  if (limits.batchDelayMs <= 0) return Promise.resolve();
  return new Promise((resolve) => setTimeout(resolve, limits.batchDelayMs));
}
