import type { Platform } from "../../../src/core/platform/platform.js";
import { createDefaultFetch } from "../../../src/node/default-fetch.js";

export {
  createGlobalFetch,
  type DefaultFetchSizing,
  type Platform,
  type PlatformFile,
} from "../../../src/core/platform/platform.js";

/**
 * Stands in for the web platform in jest: sources loaded through the web entry (most tests) get the
 * default transport the Node entry gives, so that their requests go through undici in the `undici`
 * project and through the global `fetch` in the `fetch` project, where `default-fetch` is mapped.
 */
export const WEB_PLATFORM: Platform = Object.freeze({ createDefaultFetch });
