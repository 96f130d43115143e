import { type CallOptions, withCallOptions } from "../../core/client/index.js";
import { InvalidArgumentError } from "../../core/errors/index.js";
import { describeType } from "../../core/values/index.js";

const CALL_OPTION_NAMES: ReadonlySet<string> = new Set(["signal", "timeoutMs"]);

/**
 * Returns the per-call options a facade method received as its last argument, checked.
 *
 * @throws {InvalidArgumentError} before any request, for options that are not an object, an
 *   unknown option, a bad `timeoutMs` or a `signal` that is not an `AbortSignal`.
 */
export function readCallOptions(value: unknown): CallOptions | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new InvalidArgumentError(
      `Call options must be an object ({ signal, timeoutMs }), received ${describeType(value)}`,
    );
  }
  for (const name of Object.keys(value)) {
    if (!CALL_OPTION_NAMES.has(name)) {
      throw new InvalidArgumentError(
        `Unknown call option "${name}" (accepted: ${[...CALL_OPTION_NAMES].join(", ")})`,
      );
    }
  }
  return withCallOptions({}, value as CallOptions);
}
