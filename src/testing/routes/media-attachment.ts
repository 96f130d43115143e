import { formatAkeneoDate } from "../clock.js";
import { isJsonObject, type JsonObject, type JsonValue } from "../json-types.js";
import type { Catalog } from "../store/catalog.js";

/** Where an uploaded product media goes, or why it cannot go there. */
export type MediaTarget = MediaAttachment | MediaRefusal;

/** Fills the targeted value with a new media code. */
export interface MediaAttachment {
  readonly save: (code: string, nowMs: number) => void;
}

/** Why the upload cannot be attached. */
export interface MediaRefusal {
  readonly status: 422;
  readonly message: string;
}

/**
 * Reads the `product` or `product_model` form field of a media upload and finds the
 * value the new file will fill.
 */
export function findMediaTarget(
  fields: ReadonlyMap<string, string>,
  catalog: Catalog,
): MediaTarget {
  const productField = fields.get("product");
  const modelField = fields.get("product_model");
  if (productField === undefined && modelField === undefined) {
    return refuse(
      'You should at least give one of the following properties: "product" or "product_model".',
    );
  }
  const owner = parseOwner(productField ?? modelField ?? "");
  if (owner === undefined) return refuse("Invalid json message received");
  const record =
    productField !== undefined
      ? typeof owner.uuid === "string"
        ? catalog.products.byUuid.get(owner.uuid)
        : catalog.products.getByIdentifier(String(owner.identifier ?? ""))
      : catalog.productModels.get(String(owner.code ?? ""));
  if (record === undefined) {
    const key = owner.uuid ?? owner.identifier ?? owner.code ?? "";
    return refuse(
      `${productField !== undefined ? "Product" : "Product model"} "${String(key)}" does not exist.`,
    );
  }
  const attribute = String(owner.attribute ?? "");
  if (!catalog.attributes.has(attribute)) return refuse(`Attribute "${attribute}" does not exist.`);
  const value: JsonObject = { locale: owner.locale ?? null, scope: owner.scope ?? null };
  return {
    save: (code, nowMs) => {
      const values = isJsonObject(record.values) ? record.values : {};
      const kept = (
        Array.isArray(values[attribute]) ? (values[attribute] as JsonValue[]) : []
      ).filter(
        (old) => !isJsonObject(old) || old.locale !== value.locale || old.scope !== value.scope,
      );
      record.values = { ...values, [attribute]: [...kept, { ...value, data: code }] };
      record.updated = formatAkeneoDate(nowMs);
    },
  };
}

/** Tells whether the upload cannot be attached. */
export function isMediaTargetRefused(target: MediaTarget): target is MediaRefusal {
  return "status" in target;
}

function parseOwner(text: string): JsonObject | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return isJsonObject(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

function refuse(message: string): MediaTarget {
  return { status: 422, message };
}
