import { NodeOnlyFeatureError } from "../errors/index.js";
import type { FileTokenStoreOptions } from "./file-token-store.js";
import type { TokenStore } from "./token-store.js";

/**
 * The web build's `createFileTokenStore`: there is no file system to keep the token in, so it
 * throws at once rather than fail on the first renewal.
 *
 * @throws {NodeOnlyFeatureError} always.
 */
export function createFileTokenStore(
  _path: string,
  _options: FileTokenStoreOptions = {},
): TokenStore {
  throw new NodeOnlyFeatureError(
    "createFileTokenStore()",
    "use createMemoryTokenStore() or a TokenStore of your own (a database, Redis, browser storage)",
  );
}
