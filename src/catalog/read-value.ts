import type { DataOfLines } from "./value-line.js";

/** The channel and locale to read a value for; leave one out for attributes that ignore it. */
export interface ValueContext {
  /** Channel code, for scopable attributes. */
  scope?: string | null;
  /** Locale code, for localizable attributes. */
  locale?: string | null;
}

interface LooseLine {
  scope?: string | null;
  locale?: string | null;
  data?: unknown;
}

/**
 * Returns the data of one attribute for a channel and locale, or `undefined` when the product has
 * none; a line without scope (or locale) applies to every channel (or locale).
 *
 * @example
 * const name = readValue(product.values, "name", { locale: "en_US" });
 */
export function readValue<V extends object, K extends keyof V & string>(
  values: V | undefined,
  attribute: K,
  where: ValueContext = {},
): DataOfLines<V[K]> | undefined {
  const lines = values?.[attribute];
  if (!Array.isArray(lines)) return undefined;
  const line = (lines as LooseLine[]).find(
    (candidate) => fits(candidate.scope, where.scope) && fits(candidate.locale, where.locale),
  );
  const data = line?.data;
  return data === null || data === undefined ? undefined : (data as DataOfLines<V[K]>);
}

function fits(lineCode: string | null | undefined, wanted: string | null | undefined): boolean {
  return lineCode === null || lineCode === undefined || lineCode === wanted;
}
