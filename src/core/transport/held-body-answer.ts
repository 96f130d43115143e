import { AkeneoError } from "../errors/index.js";
import { concatBytes } from "../values/index.js";

/**
 * An answer whose body is held outside the web streams machinery until someone asks for a stream.
 *
 * Building a `Response` around a body costs more than the rest of a small call (a web stream is
 * set up whether or not anybody reads it, then read chunk by chunk through it). This answer is
 * built without one and hands its chunks over directly with `takeChunks()`, which is how the
 * transport reads every answer it reads whole; every standard body member still works, through
 * an equivalent `Response` built on first use.
 */
export abstract class HeldBodyAnswer extends Response {
  readonly #init: ResponseInit;
  #standard: Response | undefined;
  #taken = false;

  protected constructor(init: ResponseInit) {
    super(null, init);
    this.#init = init;
  }

  /** Yields the body's chunks once; a loop left early releases the rest of the body. */
  protected abstract chunks(): AsyncIterable<Uint8Array>;

  /** Lets go of a body nobody will read (the connection it streams from is closed or freed). */
  protected abstract release(): Promise<void>;

  /** The body in a form `Response` takes, to build the standard answer from. */
  protected abstract standardBody(): BodyInit;

  /**
   * Takes the body's chunks without a web stream, or returns `undefined` when the body is
   * already being read another way (its stream asked for, a clone made).
   */
  takeChunks(): AsyncIterable<Uint8Array> | undefined {
    if (this.#taken || this.#standard !== undefined) return undefined;
    this.#taken = true;
    return this.chunks();
  }

  /** Throws the body away unread, wherever it is held. */
  async discard(): Promise<void> {
    if (this.#standard !== undefined) {
      await this.#standard.body?.cancel().catch(() => undefined);
    } else if (!this.#taken) {
      this.#taken = true;
      await this.release();
    }
  }

  // The equivalent standard answer, built once, unless the chunks were taken.
  #standardOrFail(): Response {
    if (this.#taken) throw new AkeneoError("the body of this answer has already been read");
    this.#standard ??= new Response(this.standardBody(), this.#init);
    return this.#standard;
  }

  // Read straight from the held chunks unless the body is already read another way.
  async #bytes(): Promise<Uint8Array<ArrayBuffer>> {
    const chunks = this.takeChunks();
    if (chunks === undefined) return new Uint8Array(await this.#standardOrFail().arrayBuffer());
    const parts: Uint8Array[] = [];
    for await (const chunk of chunks) parts.push(chunk);
    return concatBytes(parts);
  }

  override get body(): ReadableStream<Uint8Array<ArrayBuffer>> | null {
    return this.#taken ? null : this.#standardOrFail().body;
  }

  override get bodyUsed(): boolean {
    return this.#taken || (this.#standard?.bodyUsed ?? false);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return (await this.#bytes()).buffer;
  }

  override bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#bytes();
  }

  override async text(): Promise<string> {
    return new TextDecoder().decode(await this.#bytes());
  }

  override async json(): Promise<unknown> {
    return JSON.parse(await this.text());
  }

  // A Blob's type and a form's parts come from the headers: the standard answer reads them.
  override async blob(): Promise<Blob> {
    return this.#standardOrFail().blob();
  }

  override async formData(): Promise<FormData> {
    return this.#standardOrFail().formData();
  }

  /** @throws {AkeneoError} when the body has already been taken. */
  override clone(): Response {
    return this.#standardOrFail().clone();
  }
}

/** Throws an answer's body away unread, without building a stream for it when it is held. */
export async function discardAnswerBody(response: Response): Promise<void> {
  if (response instanceof HeldBodyAnswer) await response.discard();
  else await response.body?.cancel().catch(() => undefined);
}
