import type { OperationInfo } from "../../../generated/operations.js";
import { NON_BEARER_OPERATIONS } from "../../../generated/runtime-facts.js";

/** How an operation authenticates: the client's bearer token, HTTP Basic credentials, or not at all. */
export type OperationAuthentication = OperationInfo["authentication"];

/** Tells how the operation at this method and path template authenticates. */
export type AuthenticationLookup = (
  method: string,
  pathTemplate: string,
) => OperationAuthentication;

/** The facts of an operation the lookup reads. */
export type OperationAuthenticationFacts = Pick<
  OperationInfo,
  "method" | "path" | "authentication"
>;

function keyOf(method: string, pathTemplate: string): string {
  return `${method.toUpperCase()} ${pathTemplate}`;
}

/**
 * Creates a lookup of how each operation authenticates, from an operation table (by default
 * the generated operations that do not take the bearer token).
 *
 * An operation missing from the table authenticates with the bearer token: a call the table does
 * not know about is treated like any protected call rather than sent without credentials.
 */
export function createAuthenticationLookup(
  operations: readonly OperationAuthenticationFacts[] = NON_BEARER_OPERATIONS,
): AuthenticationLookup {
  const exceptions = new Map<string, OperationAuthentication>();
  for (const operation of operations) {
    if (operation.authentication !== "bearer") {
      exceptions.set(keyOf(operation.method, operation.path), operation.authentication);
    }
  }
  return (method, pathTemplate) => exceptions.get(keyOf(method, pathTemplate)) ?? "bearer";
}
