/** Options accepted by every SDK error: the failure that caused it, if any. */
export interface AkeneoErrorOptions {
  /** The underlying failure (a network error, a parse failure, the original 401…). */
  cause?: unknown;
}

/**
 * The mark every SDK error carries, whatever module defines it.
 *
 * A registry symbol (`Symbol.for`), not a local one: two copies of the package (CJS and ESM, or
 * nested installs) mark their errors with the same key and so recognise each other's errors.
 */
export const AKENEO_ERROR_BRAND: unique symbol = Symbol.for("akeneo-pim-sdk.error");

/**
 * Base class of everything the SDK throws.
 *
 * Catch it to handle any SDK failure; use the `is…Error` guards rather than `instanceof` when two
 * copies of the package may be loaded.
 */
export class AkeneoError extends Error {
  override name = "AkeneoError";

  constructor(message: string, options: AkeneoErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    // Not enumerable: the mark stays out of logs, serialisation and deep comparisons.
    Object.defineProperty(this, AKENEO_ERROR_BRAND, { value: true });
  }
}

/** Thrown before any request when a per-call argument is invalid (empty code, `..` in a path…). */
export class InvalidArgumentError extends AkeneoError {
  override name = "InvalidArgumentError";
}

/** Details of an invalid client option: which field, what was given, what is accepted. */
export interface InvalidOptionDetails {
  /** Dotted path of the option, e.g. `retry.maxRetries`. */
  field: string;
  /** The type of the value received (`string`, `number`, `null`, `array`…). */
  received: string;
  /** Human-readable description of the accepted values. */
  accepted: string;
}

/** Thrown by option resolution when a client option has the wrong type or value. */
export class InvalidOptionError extends AkeneoError {
  override name = "InvalidOptionError";
  /** Dotted path of the faulty option. */
  readonly field: string;
  /** The type of the value received. */
  readonly received: string;
  /** What the option accepts. */
  readonly accepted: string;

  constructor(details: InvalidOptionDetails) {
    super(
      `Invalid option "${details.field}": received ${details.received}, expected ${details.accepted}`,
    );
    this.field = details.field;
    this.received = details.received;
    this.accepted = details.accepted;
  }
}
