import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";

/** Which product values a list answers: its `attributes`, `scope` and `locales` parameters. */
export interface ValueFilter {
  /** Attribute codes whose values are kept; all when undefined. */
  readonly attributes: ReadonlySet<string> | undefined;
  /** The channel whose scopable values are kept, with the values of no channel. */
  readonly scope: string | undefined;
  /** Locales whose localizable values are kept, with the values of no locale. */
  readonly locales: ReadonlySet<string> | undefined;
}

function readCodeList(raw: string | null): ReadonlySet<string> | undefined {
  if (raw === null) return undefined;
  return new Set(
    raw
      .split(",")
      .map((code) => code.trim())
      .filter((code) => code !== ""),
  );
}

/** Reads the value filter of a list request; `undefined` when it asks for every value. */
export function readValueFilter(query: URLSearchParams): ValueFilter | undefined {
  const attributes = readCodeList(query.get("attributes"));
  const scope = query.get("scope") ?? undefined;
  const locales = readCodeList(query.get("locales"));
  if (attributes === undefined && scope === undefined && locales === undefined) return undefined;
  return { attributes, scope, locales };
}

function keepsValue(value: JsonValue, filter: ValueFilter): boolean {
  if (!isJsonObject(value)) return true;
  const scope = value.scope ?? null;
  const locale = value.locale ?? null;
  if (filter.scope !== undefined && scope !== null && scope !== filter.scope) return false;
  return filter.locales === undefined || locale === null || filter.locales.has(String(locale));
}

/**
 * Returns a product or product model with only the values the filter asks for: the listed
 * attributes, and among their values those of the channel and locales asked for or of none.
 */
export function filterValues(record: JsonObject, filter: ValueFilter): JsonObject {
  if (!isJsonObject(record.values)) return record;
  const values: JsonObject = {};
  for (const [code, entries] of Object.entries(record.values)) {
    if (filter.attributes !== undefined && !filter.attributes.has(code)) continue;
    const kept = Array.isArray(entries) ? entries.filter((v) => keepsValue(v, filter)) : entries;
    if (!Array.isArray(kept) || kept.length > 0) values[code] = kept;
  }
  return { ...record, values };
}
