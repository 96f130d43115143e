import type { AkeneoClient } from "../../index.js";
import type { AttributeStructure, CatalogStructure, FamilyStructure } from "./catalog-structure.js";

const SELECT_TYPES: ReadonlySet<string> = new Set([
  "pim_catalog_simpleselect",
  "pim_catalog_multiselect",
]);

async function collect<T, R>(items: AsyncIterable<T>, map: (item: T) => R): Promise<R[]> {
  const result: R[] = [];
  for await (const item of items) result.push(map(item));
  return result;
}

const codeOf = (item: { code?: string }): string => item.code ?? "";
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === "string") : [];

/** Reads families, attributes, options, channels, locales and currencies through the SDK. */
export async function readCatalogStructure(client: AkeneoClient): Promise<CatalogStructure> {
  const [families, rawAttributes, channels, locales, currencies] = await Promise.all([
    collect(client.families.all(), toFamily),
    collect(client.attributes.all(), (attribute) => attribute),
    collect(client.channels.all(), codeOf),
    collect(client.locales.all(), (locale) => (locale.enabled ? codeOf(locale) : "")),
    collect(client.currencies.all(), (currency) => (currency.enabled ? codeOf(currency) : "")),
  ]);
  const attributes: AttributeStructure[] = [];
  for (const attribute of rawAttributes) {
    const type = attribute.type ?? "";
    attributes.push({
      code: attribute.code,
      type,
      localizable: attribute.localizable === true,
      scopable: attribute.scopable === true,
      options: SELECT_TYPES.has(type)
        ? await collect(client.attributeOptions.all(attribute.code), codeOf)
        : undefined,
    });
  }
  return {
    families,
    attributes,
    channels,
    locales: locales.filter((code) => code !== ""),
    currencies: currencies.filter((code) => code !== ""),
  };
}

function toFamily(family: {
  code: string;
  attributes?: string[];
  attribute_requirements?: Record<string, unknown>;
}): FamilyStructure {
  const requirements: Record<string, readonly string[]> = {};
  for (const [channel, codes] of Object.entries(family.attribute_requirements ?? {})) {
    requirements[channel] = strings(codes);
  }
  return { code: family.code, attributes: strings(family.attributes), requirements };
}
