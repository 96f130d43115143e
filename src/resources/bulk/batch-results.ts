import { encodeNdjsonLine } from "../../core/ndjson/index.js";
import { IncompleteBatchAnswerError } from "./bulk-errors.js";
import { failedResult, resultFromAnswer } from "./line-result.js";
import type { BatchEntry } from "./prepare-batches.js";
import type { BatchAnswerStyle, UpsertLineResult } from "./upsert-types.js";

/**
 * The results of one batch, filled as answer entries arrive (in any order) and handed out in
 * input order.
 */
export class BatchResults<T> {
  readonly #slots: (UpsertLineResult<T> | undefined)[];
  /** 1 once an entry has its result (slots are emptied when handed out, this is not). */
  readonly #filled: Uint8Array;
  /**
   * Entry positions of the items of the request in progress, in send order: answer line n is
   * `sent[n - 1]`. A re-send narrows it to the items still without a result.
   */
  #sent: number[] = [];
  #pendingByCode: Map<string, number[]> | undefined;
  #answered = 0;
  #unmatched = 0;
  #nextOut = 0;

  readonly #entries: readonly BatchEntry<T>[];
  readonly #style: BatchAnswerStyle;
  readonly #onChange: () => void;

  constructor(entries: readonly BatchEntry<T>[], style: BatchAnswerStyle, onChange: () => void) {
    this.#entries = entries;
    this.#style = style;
    this.#onChange = onChange;
    this.#slots = new Array(entries.length);
    this.#filled = new Uint8Array(entries.length);
    entries.forEach((entry, position) => {
      if (entry.refusal) this.#fill(position, failedResult(entry, "not-sent", entry.refusal));
      else this.#sent.push(position);
    });
  }

  /** Items to send, in input order. */
  sentItems(): T[] {
    return this.#sent.map((position) => this.#entries[position]!.item);
  }

  /**
   * Returns the items to send already encoded (NDJSON lines, or a JSON array) and lets go of the
   * encoded lines.
   */
  takeEncodedBody(): string {
    const lines = this.#sent.map((position) => {
      const entry = this.#entries[position]!;
      const line = entry.line ?? "";
      entry.line = undefined;
      return line;
    });
    return this.#style === "ndjson" ? lines.join("\n") : `[${lines.join(",")}]`;
  }

  /** Records one answer entry; entries that match no unanswered item are counted, not used. */
  accept(answer: unknown): void {
    const position = this.#locate(answer);
    this.#answered += 1;
    if (position === undefined || this.#filled[position] === 1) {
      this.#unmatched += 1;
      return;
    }
    const entry = this.#entries[position]!;
    this.#fill(position, resultFromAnswer(entry, answer as Record<string, unknown>));
    this.#onChange();
  }

  /** Fails every sent item: the request failed for good. */
  failBatch(error: Error): void {
    for (const position of this.#sent) {
      if (this.#filled[position] === 0) {
        this.#fill(position, failedResult(this.#entries[position]!, "batch-failed", error));
      }
    }
    this.#onChange();
  }

  /** Closes the batch: sent items still without a result fail as unanswered. */
  finish(cause?: unknown): void {
    const missing = this.#sent.filter((position) => this.#filled[position] === 0);
    if (missing.length > 0) {
      const references = missing.map((position) => {
        const { index, code } = this.#entries[position]!;
        return { index, code };
      });
      const error = new IncompleteBatchAnswerError(
        references,
        this.#sent.length,
        this.#describeShortfall(cause),
        { cause },
      );
      for (const position of missing) {
        this.#fill(position, failedResult(this.#entries[position]!, "no-answer", error));
      }
    }
    this.#onChange();
  }

  /** Codes of the items this batch sends (items without a code are left out). */
  codes(): Set<string> {
    const codes = new Set<string>();
    for (const position of this.#sent) {
      const code = this.#entries[position]!.code;
      if (code !== undefined) codes.add(code);
    }
    return codes;
  }

  /** Tells how many sent items have no result yet. */
  unansweredCount(): number {
    return this.#sent.reduce(
      (count, position) => count + (this.#filled[position] === 0 ? 1 : 0),
      0,
    );
  }

  /**
   * Narrows the batch to the sent items still without a result (and the later items sharing their
   * codes), to send them again, and returns their body. Their lines are encoded again: the first encoding was let go once sent.
   */
  prepareResend(): string {
    this.#sent = this.#selectResend();
    this.#answered = 0;
    this.#unmatched = 0;
    this.#pendingByCode = undefined;
    for (const position of this.#sent) {
      const entry = this.#entries[position]!;
      entry.line = encodeNdjsonLine(entry.item);
    }
    return this.takeEncodedBody();
  }

  // The items without a result, plus any later item of the batch sharing a code with one of them:
  // re-sending only the earlier item would overwrite the later one, which the server already has.
  // Those later items keep the result they already got.
  #selectResend(): number[] {
    const missingCodes = new Set<string>();
    return this.#sent.filter((position) => {
      const code = this.#entries[position]!.code;
      const missing = this.#filled[position] === 0;
      if (missing && code !== undefined) missingCodes.add(code);
      return missing || (code !== undefined && missingCodes.has(code));
    });
  }

  /** Returns the next result in input order: a result, `"wait"` or `"done"`. */
  takeNext(): UpsertLineResult<T> | "wait" | "done" {
    if (this.#nextOut === this.#slots.length) return "done";
    const result = this.#slots[this.#nextOut];
    if (result === undefined) return "wait";
    // Handed-out results are released at once: memory holds only what waits to be consumed.
    this.#slots[this.#nextOut] = undefined;
    this.#nextOut += 1;
    return result;
  }

  #fill(position: number, result: UpsertLineResult<T>): void {
    this.#slots[position] = result;
    this.#filled[position] = 1;
  }

  #locate(answer: unknown): number | undefined {
    if (answer === null || typeof answer !== "object" || Array.isArray(answer)) return undefined;
    const fields = answer as Record<string, unknown>;
    if (this.#style === "ndjson") {
      const line = fields.line;
      return typeof line === "number" && Number.isInteger(line) ? this.#sent[line - 1] : undefined;
    }
    return typeof fields.code === "string"
      ? this.#takePendingByCode(fields.code)
      : this.#sent[this.#answered];
  }

  // Several items may share a code in one batch: they are matched in input order.
  #takePendingByCode(code: string): number | undefined {
    if (this.#pendingByCode === undefined) {
      this.#pendingByCode = new Map();
      for (const position of this.#sent) {
        const key = this.#entries[position]!.code;
        if (key === undefined) continue;
        const positions = this.#pendingByCode.get(key) ?? [];
        positions.push(position);
        this.#pendingByCode.set(key, positions);
      }
    }
    return this.#pendingByCode.get(code)?.shift();
  }

  #describeShortfall(cause: unknown): string {
    const ended = cause instanceof Error ? cause.message : "the answer ended early";
    return this.#unmatched === 0
      ? ended
      : `${ended} (${this.#unmatched} answer entr${this.#unmatched === 1 ? "y" : "ies"} matched no item)`;
  }
}
