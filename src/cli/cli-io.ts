/** A stream the CLI writes to: stdout, stderr, or a stand-in in tests. */
export interface OutputStream {
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/** Everything the CLI takes from its process, injectable so the commands can run in tests. */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Whether stderr is a terminal (progress is drawn only then). */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds of a monotonic clock. */
  now(): number;
}

/** Writes to a stream and waits when it asks for it (a slow pipe must not fill memory). */
export async function writeChunk(stream: OutputStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await new Promise<void>((resolve) => stream.once("drain", resolve));
}
