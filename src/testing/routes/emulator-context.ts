import type { OAuthState } from "../auth/oauth-state.js";
import type { FakeClock } from "../clock.js";
import type { FaultState } from "../faults/fault-controls.js";
import type { ListSettings } from "../listing/list-request.js";
import type { Catalog } from "../store/catalog.js";
import type { BulkLimits } from "../writes/bulk-limits.js";

/** Everything route handlers share within one emulator. */
export interface EmulatorContext {
  readonly catalog: Catalog;
  readonly clock: FakeClock;
  readonly oauth: OAuthState;
  readonly faults: FaultState;
  readonly list: ListSettings;
  /** Offset pages of products and models stop after this many items (Akeneo caps deep pages). */
  readonly maxPageOffsetItems: number;
  readonly maxBulkItems: number;
  readonly maxBulkLineLength: number;
  readonly systemInformation: { readonly version: string; readonly edition: string };
  /** Base of every absolute URL the emulator writes (links, Location). */
  publicUrl(): string;
}

/** Returns the bulk limits in force right now (the batch delay can change per test). */
export function readBulkLimits(context: EmulatorContext): BulkLimits {
  return {
    maxItems: context.maxBulkItems,
    maxLineLength: context.maxBulkLineLength,
    batchDelayMs: context.faults.bulkBatchDelayMs,
  };
}
