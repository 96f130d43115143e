/** One request to send through the proxy. */
export interface ProxiedRequest {
  readonly method?: string;
  /** Path and query, e.g. `/api/rest/v1/products?limit=2`. */
  readonly path: string;
  /** Sent as `application/json` unless it is a FormData or a string. */
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** An answer as it came out of the proxy. */
export interface ProxiedAnswer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined. */
  readonly json: unknown;
}

/** What the conformance check compares: who answered, with which status, and what Prism found. */
export interface ProxyVerdict {
  readonly status: number;
  /** `prism` when Prism answered in the server's stead (a request it refused, or a violation). */
  readonly answeredBy: "emulator" | "prism";
  /** Prism's violations as `location: message` lines. */
  readonly violations: readonly string[];
}

const PRISM_PROBLEM_PREFIX = "https://stoplight.io/prism/errors#";

interface Violation {
  readonly location?: readonly unknown[];
  readonly message?: unknown;
}

function formatViolations(list: unknown): string[] {
  if (!Array.isArray(list)) return list === undefined ? [] : [String(list)];
  return list.map((item: Violation) => {
    const location = Array.isArray(item?.location) ? item.location.join(".") : "?";
    return `${location}: ${String(item?.message ?? JSON.stringify(item))}`;
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Sends one request through the proxy and reads the whole answer. */
export async function sendThroughProxy(
  proxyUrl: string,
  request: ProxiedRequest,
): Promise<ProxiedAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  let body: string | FormData | undefined;
  if (request.body instanceof FormData || typeof request.body === "string") body = request.body;
  else if (request.body !== undefined) {
    body = JSON.stringify(request.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await fetch(`${proxyUrl}${request.path}`, {
    method: request.method ?? "GET",
    headers,
    body,
    redirect: "manual",
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: parseJson(text) };
}

/**
 * Reads Prism's judgement of an exchange: the `sl-violations` header, and the problem body
 * Prism answers itself when it refuses a request (that one carries no header).
 */
export function judgeAnswer(answer: ProxiedAnswer): ProxyVerdict {
  const header = answer.headers.get("sl-violations");
  const violations = header === null ? [] : formatViolations(parseJson(header) ?? header);
  const problem = answer.json as { type?: unknown; validation?: unknown } | undefined;
  const byPrism =
    typeof problem?.type === "string" && problem.type.startsWith(PRISM_PROBLEM_PREFIX);
  if (byPrism && violations.length === 0) {
    violations.push(...formatViolations(problem.validation ?? [String(problem.type)]));
  }
  return { status: answer.status, answeredBy: byPrism ? "prism" : "emulator", violations };
}
