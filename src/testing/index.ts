/**
 * A stateful, in-memory Akeneo PIM on a loopback port, for testing integrations.
 *
 * @example
 * import { startFakePim } from "akeneo-pim-sdk/testing";
 * const pim = await startFakePim({ sampleCatalog: true });
 * try {
 *   // point your client at pim.url, authenticate with pim.credentials
 * } finally {
 *   await pim.close();
 * }
 *
 * @module akeneo-pim-sdk/testing
 */
export type { FakeAppRegistration, FakeAppUser } from "./apps/app-connections.js";
export type { ApiClientCredentials, IssuedTokens, UserCredentials } from "./auth/oauth-state.js";
export type {
  FakePim,
  FakePimAppsControls,
  FakePimAuthControls,
  FakePimCredentials,
} from "./fake-pim.js";
export { startFakePim } from "./fake-pim.js";
export type { FakePimData } from "./fake-pim-data.js";
export type { FakePimOptions } from "./fake-pim-options.js";
export { DEFAULT_CLIENT, DEFAULT_USER } from "./fake-pim-options.js";
export type {
  FaultControls,
  FaultTiming,
  ResetFaultOptions,
  StatusFaultOptions,
} from "./faults/fault-controls.js";
export type { JsonObject, JsonValue } from "./json-types.js";
export type { LoggedRequest, RequestFilter, RequestLog } from "./request-log.js";
export type { FakePimMediaKind, FakePimSeeder, SeedMediaInput } from "./seeder.js";
export type { FakePimResource } from "./store/catalog-resources.js";
export type { DraftOwnerKind } from "./store/draft-store.js";
export type { StoredMedia } from "./store/media-store.js";
