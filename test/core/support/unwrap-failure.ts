import type { AuthenticationError, FetchResultLike } from "../../../src/core/errors/index.js";
import { unwrap } from "../../../src/core/errors/index.js";

/** Returns what `unwrap()` throws for a result, failing the test when it returns. */
export function unwrapFailure(result: FetchResultLike): AuthenticationError {
  try {
    unwrap(result);
  } catch (caught) {
    return caught as AuthenticationError;
  }
  throw new Error("unwrap() returned instead of throwing");
}
