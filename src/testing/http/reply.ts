import type { OutgoingHttpHeaders, ServerResponse } from "node:http";
import type { JsonObject, JsonValue } from "../json-types.js";

/** Extra members of an Akeneo error body besides `code` and `message`. */
export interface ErrorExtras {
  readonly errors?: JsonObject[];
  readonly _links?: JsonObject;
}

/** Writes answers for one request; the request log and the mid-body fault hook in here. */
export class Reply {
  private statusSent: number | undefined;

  constructor(
    private readonly response: ServerResponse,
    private readonly cutBodyMidway: boolean,
  ) {}

  /** The status code sent, once an answer started. */
  get status(): number | undefined {
    return this.statusSent;
  }

  /** Tells whether an answer (or a reset) has started. */
  get started(): boolean {
    return this.statusSent !== undefined || this.response.destroyed;
  }

  /** Answers a JSON body. */
  json(status: number, body: JsonValue, headers: OutgoingHttpHeaders = {}): void {
    this.send(status, { "content-type": "application/json", ...headers }, JSON.stringify(body));
  }

  /** Answers an Akeneo error body `{code, message, errors?}`. */
  error(status: number, message: string, extras: ErrorExtras = {}): void {
    const body: JsonObject = { code: status, message };
    if (extras.errors !== undefined) body.errors = extras.errors;
    if (extras._links !== undefined) body._links = extras._links;
    this.json(status, body);
  }

  /** Answers without a body (201 with Location, 204). */
  empty(status: number, headers: OutgoingHttpHeaders = {}): void {
    this.send(status, headers, Buffer.alloc(0));
  }

  /** Answers raw bytes with the given headers. */
  bytes(status: number, body: Buffer, headers: OutgoingHttpHeaders): void {
    this.send(status, headers, body);
  }

  /** Answers an HTML page, as a proxy or load balancer in front of the PIM would. */
  html(status: number, page: string): void {
    this.send(status, { "content-type": "text/html; charset=UTF-8" }, page);
  }

  /** Starts a streamed NDJSON answer; each `write` sends one line at once. */
  startNdjson(): NdjsonWriter {
    this.statusSent = 200;
    this.response.writeHead(200, { "content-type": "application/vnd.akeneo.collection+json" });
    let lines = 0;
    // Once the cut is scheduled, later lines and the end are dropped so the body stays truncated.
    let cut = false;
    return {
      write: (line: JsonObject): void => {
        if (cut || this.response.destroyed) return;
        this.response.write(`${lines > 0 ? "\n" : ""}${JSON.stringify(line)}`);
        lines += 1;
        if (this.cutBodyMidway) {
          cut = true;
          this.resetAfterFlush();
        }
      },
      end: (): void => {
        if (!cut && !this.response.destroyed) this.response.end();
      },
    };
  }

  /** Drops the connection without answering. */
  reset(): void {
    this.response.socket?.destroy();
    this.response.destroy();
  }

  private send(status: number, headers: OutgoingHttpHeaders, body: string | Buffer): void {
    const bytes = typeof body === "string" ? Buffer.from(body) : body;
    this.statusSent = status;
    this.response.writeHead(status, { ...headers, "content-length": bytes.length });
    if (!this.cutBodyMidway || bytes.length < 2) {
      this.response.end(bytes);
      return;
    }
    this.response.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
    this.resetAfterFlush();
  }

  private resetAfterFlush(): void {
    // Waiting for the written half to leave the socket makes the client see a truncated body,
    // not a refused connection.
    this.response.write("", () => setImmediate(() => this.reset()));
  }
}

/** Writes one NDJSON answer line by line. */
export interface NdjsonWriter {
  write(line: JsonObject): void;
  end(): void;
}
