import type { RawClient } from "../../generated/endpoints.js";
import * as endpoints from "../../generated/endpoints.js";
import { readViolations } from "../support/recording-fetch.js";

/** What Prism made of one call. */
export interface PrismVerdict {
  readonly status: number;
  /** Prism's `sl-violations` about the request; empty when it found nothing wrong with it. */
  readonly violations: readonly unknown[];
  /** The error body of a refused call, to explain a failure. */
  readonly error?: unknown;
}

/** A call's verdict plus Prism's complaints about its own example answer. */
export interface CallOutcome {
  readonly verdict: PrismVerdict;
  /** Messages of the violations located in the response: the description's examples disagree with its schemas. */
  readonly answerViolations: readonly string[];
}

function isLocatedIn(violation: unknown, part: string): boolean {
  const location = (violation as { location?: unknown } | null)?.location;
  return Array.isArray(location) && location[0] === part;
}

function messageOf(violation: unknown): string {
  const message = (violation as { message?: unknown } | null)?.message;
  return typeof message === "string" ? message : JSON.stringify(violation);
}

type EndpointFunction = (
  client: RawClient,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * Returns the generated endpoint function of this name.
 *
 * @throws Error when generated/endpoints.ts has no such function.
 */
export function findEndpoint(functionName: string): EndpointFunction {
  const endpoint: unknown = (endpoints as Record<string, unknown>)[functionName];
  if (typeof endpoint !== "function") {
    throw new Error(`generated/endpoints.ts has no function ${functionName}`);
  }
  return endpoint as EndpointFunction;
}

/**
 * Calls a generated endpoint function, releases any streamed body, and sorts Prism's violations:
 * those about the request (anything not located in the response) make the verdict.
 */
export async function callEndpoint(
  client: RawClient,
  functionName: string,
  init: object,
): Promise<CallOutcome> {
  const { data, error, response } = await findEndpoint(functionName)(client, init);
  if (data instanceof ReadableStream) await data.cancel();
  const all = readViolations(response.headers);
  const violations = all.filter((violation) => !isLocatedIn(violation, "response"));
  const verdict = { status: response.status, violations };
  return {
    verdict: error === undefined ? verdict : { ...verdict, error },
    answerViolations: all.filter((violation) => isLocatedIn(violation, "response")).map(messageOf),
  };
}

/**
 * Asserts that Prism accepted the request: no `sl-violations` and a 2xx answer. The whole verdict
 * is compared so that a failure shows the status, the violations and the error body together.
 */
export function expectAcceptedByPrism(verdict: PrismVerdict): void {
  const accepted = verdict.status >= 200 && verdict.status <= 299;
  expect({ accepted, ...verdict }).toEqual({
    accepted: true,
    status: verdict.status,
    violations: [],
  });
}
