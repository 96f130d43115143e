import type { SendBatch } from "../../../src/resources/bulk/index.js";

export interface Product {
  identifier: string;
  values?: Record<string, unknown>;
}

export function productsOf(count: number, prefix = "sku"): Product[] {
  return Array.from({ length: count }, (_, index) => ({ identifier: `${prefix}-${index}` }));
}

export interface FakeEndpointOptions {
  /** Identifiers answered with a 422 line. */
  rejected?: ReadonlySet<string>;
  /** Identifiers that already exist (answered 204 instead of 201). */
  existing?: ReadonlySet<string>;
  /** Milliseconds to wait before answering the n-th batch (0-based). */
  delayMs?: (batchNumber: number) => number;
  /** Shapes the answer: receives the NDJSON lines, returns the chunks to stream. */
  shapeAnswer?: (lines: string[], batchNumber: number) => string[];
  /** Makes the n-th batch fail at the transport level. */
  failBatch?: (batchNumber: number) => Error | undefined;
}

export interface FakeEndpoint {
  sendBatch: SendBatch<Product>;
  /** Items of each request, in the order requests were made. */
  requests: Product[][];
  /** Highest number of requests in flight at once. */
  maxInFlight: number;
  /** Signals received by each request. */
  signals: AbortSignal[];
  /** What the server holds: each item is written when its batch is answered, in line order. */
  state: Map<string, Product>;
}

/** Answers like Akeneo's NDJSON bulk endpoints: one line per item, `line` 1-based in the batch. */
export function createNdjsonEndpoint(options: FakeEndpointOptions = {}): FakeEndpoint {
  const endpoint: FakeEndpoint = {
    requests: [],
    maxInFlight: 0,
    signals: [],
    state: new Map(),
    sendBatch: async () => null,
  };
  let inFlight = 0;
  endpoint.sendBatch = async (items, signal) => {
    const batchNumber = endpoint.requests.length;
    endpoint.requests.push([...items]);
    endpoint.signals.push(signal);
    inFlight += 1;
    endpoint.maxInFlight = Math.max(endpoint.maxInFlight, inFlight);
    try {
      await sleep(options.delayMs?.(batchNumber) ?? 0, signal);
      const failure = options.failBatch?.(batchNumber);
      if (failure) throw failure;
      for (const item of items) {
        if (!options.rejected?.has(item.identifier)) endpoint.state.set(item.identifier, item);
      }
      const lines = items.map((item, position) =>
        JSON.stringify(answerLine(item, position + 1, options)),
      );
      const chunks = options.shapeAnswer?.(lines, batchNumber) ?? [lines.join("\n")];
      return streamOf(chunks);
    } finally {
      inFlight -= 1;
    }
  };
  return endpoint;
}

function answerLine(item: Product, line: number, options: FakeEndpointOptions): object {
  if (options.rejected?.has(item.identifier)) {
    return {
      line,
      identifier: item.identifier,
      status_code: 422,
      message: "Validation failed.",
      errors: [{ property: "values", message: "bad value", attribute: "name" }],
    };
  }
  const status = options.existing?.has(item.identifier) ? 204 : 201;
  return { line, identifier: item.identifier, status_code: status };
}

export function streamOf(chunks: readonly string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
  });
}

/** Waits `ms`; rejects with the signal's reason as soon as it aborts, like a request would. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
