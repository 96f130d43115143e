import type { FetchLike } from "../transport/index.js";

/** What a default transport is sized by. */
export interface DefaultFetchSizing {
  /** Most connections kept open to the PIM; omitted when a shared limiter sets the budget. */
  readonly connections?: number | undefined;
}

/** A file opened or spooled for sending, and the clean-up to run once the request has ended. */
export interface PlatformFile {
  /** The bytes, read from their origin while they are sent. */
  readonly blob: Blob;
  /** The file's own name (a path's base name), when it has one. */
  readonly name?: string;
  /** Removes whatever was made to hold the bytes (a temporary file); safe to call more than once. */
  release(): Promise<void>;
}

/**
 * What a runtime adds to the web-standard core: the seam through which the Node entry
 * (src/node/) hands its file-system and HTTP pieces to the shared code.
 *
 * The web entry passes `WEB_PLATFORM`, which has none of them: a file path then fails with
 * `NodeOnlyFeatureError`, a stream upload is read into memory, and the global `fetch` is used.
 */
export interface Platform {
  /** Creates the `fetch` of a client whose options name none; without it, the global `fetch`. */
  readonly createDefaultFetch?: (sizing: DefaultFetchSizing) => FetchLike;
  /** Opens a regular file as a Blob read from disk while it is sent. */
  readonly openFile?: (path: string) => Promise<PlatformFile>;
  /** Copies a one-shot stream to a private temporary file, so that a replay can read it again. */
  readonly spoolStream?: (
    stream: ReadableStream<Uint8Array>,
    directory: string | undefined,
  ) => Promise<PlatformFile>;
  /** Streams bytes to `path` so that the path never holds a partial file. */
  readonly writeFileAtomically?: (
    stream: ReadableStream<Uint8Array>,
    path: string,
  ) => Promise<void>;
}

/** The platform of the web build: the web standards every runtime has, nothing more. */
export const WEB_PLATFORM: Platform = /* @__PURE__ */ Object.freeze({});

/** Returns the global `fetch`, looked up at each call so that a polyfill installed later is used. */
export function createGlobalFetch(): FetchLike {
  return (input, init) => fetch(input, init);
}
