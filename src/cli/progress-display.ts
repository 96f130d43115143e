import type { OutputStream } from "./cli-io.js";

/** How a progress display draws, and whether it draws at all. */
export interface ProgressOptions {
  stream: OutputStream;
  /** Off when the stream is not a terminal: a log file gets no carriage returns. */
  enabled: boolean;
  now(): number;
  /** What is counted, e.g. "exported". */
  label: string;
  /** Least time between two redraws. @default 200 */
  intervalMs?: number;
}

/** A one-line progress display: items, items per second, and an ETA when the total is known. */
export interface ProgressDisplay {
  setTotal(total: number | undefined): void;
  /** Adds `count` items (and redraws when enough time has passed). */
  advance(count: number): void;
  /** Draws the final line and ends it. */
  finish(): void;
}

const DEFAULT_INTERVAL_MS = 200;
// Carriage return then "erase line": the next draw replaces the previous one.
const REDRAW = "\r\u001b[2K";

/** Creates a progress display; a disabled one writes nothing at all. */
export function createProgressDisplay(options: ProgressOptions): ProgressDisplay {
  const interval = options.intervalMs ?? DEFAULT_INTERVAL_MS;
  const started = options.now();
  let done = 0;
  let total: number | undefined;
  let lastDraw = Number.NEGATIVE_INFINITY;
  const draw = (): void => {
    lastDraw = options.now();
    const line = describeProgress(options.label, done, total, lastDraw - started);
    options.stream.write(REDRAW + line);
  };
  if (!options.enabled) return { setTotal: () => {}, advance: () => {}, finish: () => {} };
  return {
    setTotal(value) {
      total = value;
    },
    advance(count) {
      done += count;
      if (options.now() - lastDraw >= interval) draw();
    },
    finish() {
      draw();
      options.stream.write("\n");
    },
  };
}

/** Formats one progress line: `exported 1,200 / 10,000 items (12%) · 850 items/s · ETA 0:10`. */
export function describeProgress(
  label: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const parts = [
    total === undefined
      ? `${label} ${formatCount(done)} items`
      : `${label} ${formatCount(done)} / ${formatCount(total)} items (${percent(done, total)}%)`,
    `${formatCount(Math.round(rate))} items/s`,
  ];
  if (total !== undefined && rate > 0 && done < total) {
    parts.push(`ETA ${formatDuration(((total - done) / rate) * 1000)}`);
  }
  return parts.join(" · ");
}

function percent(done: number, total: number): number {
  return total === 0 ? 100 : Math.min(100, Math.floor((done * 100) / total));
}

function formatCount(value: number): string {
  return value.toLocaleString("en-US");
}

/** Formats a duration as m:ss, or h:mm:ss from one hour on. */
export function formatDuration(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = String(seconds % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${s}` : `${m}:${s}`;
}
