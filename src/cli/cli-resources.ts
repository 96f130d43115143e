import type { AkeneoClient, SearchInput, UpsertListRun } from "../node/index.js";
import { CliUsageError } from "./cli-errors.js";

/** What `export` needs of a facade: its pages, and a first page that can carry a count. */
export interface ExportableResource {
  pages(options: ExportListOptions): AsyncIterable<{ items: readonly unknown[]; cursor: string }>;
  listPerPage(options: ExportListOptions & { withCount: boolean }): Promise<{ count?: number }>;
}

/** Options `export` hands to `pages()`. */
export interface ExportListOptions {
  limit?: number;
  search?: SearchInput;
  resumeFrom?: string;
  [query: string]: unknown;
}

/** What `import` needs of a facade: a bulk upsert. */
export interface ImportableResource {
  upsertList(items: AsyncIterable<unknown>): UpsertListRun<unknown>;
}

// CLI names (the URL's spelling) → facade properties.
const EXPORTABLE = {
  products: "products",
  "products-uuid": "uuidProducts",
  "product-models": "productModels",
  "published-products": "publishedProducts",
  categories: "categories",
  attributes: "attributes",
  "attribute-groups": "attributeGroups",
  "association-types": "associationTypes",
  channels: "channels",
  locales: "locales",
  currencies: "currencies",
  families: "families",
  "reference-entities": "referenceEntities",
  "asset-families": "assetFamilies",
} as const satisfies Record<string, keyof AkeneoClient>;

const IMPORTABLE = {
  products: "products",
  "products-uuid": "uuidProducts",
  "product-models": "productModels",
  categories: "categories",
  attributes: "attributes",
  "attribute-groups": "attributeGroups",
  "association-types": "associationTypes",
  channels: "channels",
  families: "families",
  "measurement-families": "measurementFamilies",
} as const satisfies Record<string, keyof AkeneoClient>;

/** Resources whose lists take `attributes`, `scope` and `locales`. */
export const VALUE_FILTERED_RESOURCES: ReadonlySet<string> = new Set([
  "products",
  "products-uuid",
  "product-models",
  "published-products",
]);

/** Names `export` accepts. */
export const EXPORTABLE_NAMES: readonly string[] = Object.keys(EXPORTABLE);
/** Names `import` accepts. */
export const IMPORTABLE_NAMES: readonly string[] = Object.keys(IMPORTABLE);

/** Returns the facade `export` reads. @throws {CliUsageError} for a name it does not know. */
export function findExportableResource(client: AkeneoClient, name: string): ExportableResource {
  if (!Object.hasOwn(EXPORTABLE, name)) {
    throw new CliUsageError(`cannot export "${name}"; one of: ${EXPORTABLE_NAMES.join(", ")}`);
  }
  return client[EXPORTABLE[name as keyof typeof EXPORTABLE]] as unknown as ExportableResource;
}

/** Returns the facade `import` writes to. @throws {CliUsageError} for a name it does not know. */
export function findImportableResource(client: AkeneoClient, name: string): ImportableResource {
  if (!Object.hasOwn(IMPORTABLE, name)) {
    throw new CliUsageError(`cannot import "${name}"; one of: ${IMPORTABLE_NAMES.join(", ")}`);
  }
  return client[IMPORTABLE[name as keyof typeof IMPORTABLE]] as unknown as ImportableResource;
}
