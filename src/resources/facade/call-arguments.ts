import { type CallOptions, withCallOptions } from "../../core/client/index.js";
import { InvalidArgumentError } from "../../core/errors/index.js";
import { describeType } from "../../core/values/index.js";
import { factsOfEndpoint } from "./endpoint-operation.js";
import type { EndpointFunction } from "./endpoint-types.js";

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

/**
 * Tells whether a generated endpoint function takes query parameters, which decides where a
 * method's call options sit: after the optional query, or in its place.
 */
export function takesQuery(endpoint: EndpointFunction): boolean {
  return factsOfEndpoint(endpoint)?.takesQuery ?? false;
}

/**
 * Tells whether a generated endpoint function sends a request body, which decides where an
 * action method's call options sit: after the body, or in its place.
 */
export function takesBody(endpoint: EndpointFunction): boolean {
  return factsOfEndpoint(endpoint)?.takesBody ?? false;
}
