import { InvalidArgumentError } from "../../core/errors/index.js";

/** The product value a media file is uploaded for; the product is named by identifier or uuid. */
export type ProductMediaTarget = ({ identifier: string } | { uuid: string }) & MediaValueTarget;

/** The product model value a media file is uploaded for. */
export type ProductModelMediaTarget = { code: string } & MediaValueTarget;

/** Which value of the product or model receives the file. */
export interface MediaValueTarget {
  /** Code of the media attribute (image or file). */
  attribute: string;
  /** Channel, for scopable attributes. */
  scope?: string | null;
  /** Locale, for localizable attributes. */
  locale?: string | null;
}

/**
 * Returns the `product` part of a media upload: the JSON text Akeneo expects, sent as a plain
 * form field.
 *
 * @throws InvalidArgumentError when the identifier (or uuid) or the attribute is empty, or both
 *   an identifier and a uuid are given.
 * @example
 * productMediaPart({ identifier: "shoe-42", attribute: "picture" })
 * // '{"identifier":"shoe-42","attribute":"picture","scope":null,"locale":null}'
 */
export function productMediaPart(target: ProductMediaTarget): string {
  const identifier = "identifier" in target ? target.identifier : undefined;
  const uuid = "uuid" in target ? target.uuid : undefined;
  if ((identifier === undefined) === (uuid === undefined)) {
    throw new InvalidArgumentError("A product media target needs either an identifier or a uuid");
  }
  const owner =
    identifier !== undefined
      ? { identifier: requireCode("identifier", identifier) }
      : { uuid: requireCode("uuid", uuid) };
  return JSON.stringify({ ...owner, ...valueFields(target) });
}

/**
 * Returns the `product_model` part of a media upload, sent as a plain form field.
 *
 * @throws InvalidArgumentError when the code or the attribute is empty.
 */
export function productModelMediaPart(target: ProductModelMediaTarget): string {
  return JSON.stringify({ code: requireCode("code", target.code), ...valueFields(target) });
}

// Akeneo's own examples send scope and locale as null for non-scopable, non-localizable values.
function valueFields(target: MediaValueTarget): Record<string, string | null> {
  return {
    attribute: requireCode("attribute", target.attribute),
    scope: optionalCode("scope", target.scope),
    locale: optionalCode("locale", target.locale),
  };
}

function requireCode(key: string, value: unknown): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(`The media target's ${key} must be a non-empty string`);
  }
  return value;
}

function optionalCode(key: string, value: string | null | undefined): string | null {
  return value === undefined || value === null ? null : requireCode(key, value);
}
