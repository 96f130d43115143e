import type { ItemLinks, Product, ProductWrite } from "../../generated/index.js";
import type { UpsertListRun } from "../resources/bulk/index.js";
import type { ItemIterable } from "../resources/pagination/index.js";
import type { ProductsResource } from "../resources/products.js";

/**
 * What a catalog type (written by `akeneo-pim typegen`) tells the client: the products it reads
 * and the products it may write, each a union by family.
 */
export interface ProductCatalog {
  /** What `products.get` answers and `products.all` yields. */
  product: object;
  /** What `products.upsertList` takes. */
  productWrite: object;
}

/** The catalog of a client created without one: Akeneo's own product types. */
export interface UntypedCatalog extends ProductCatalog {
  product: Product;
  productWrite: ProductWrite;
  /** Marks the default, so a generated catalog is never mistaken for it. */
  untyped: true;
}

/** The products facade typed by a catalog: reads and bulk writes use its product types. */
export type CatalogProductsResource<C extends ProductCatalog> = Omit<
  ProductsResource,
  "get" | "all" | "upsertList"
> & {
  /** Returns the product with this identifier, typed by its family. */
  get(...args: Parameters<ProductsResource["get"]>): Promise<C["product"]>;
  /** Iterates every product, lazily, typed by family; `break` stops fetching. */
  all(...args: Parameters<ProductsResource["all"]>): ItemIterable<ItemLinks & C["product"]>;
  /** Upserts products in batches of at most 100; each item is checked against its family. */
  upsertList(
    items: Iterable<C["productWrite"]> | AsyncIterable<C["productWrite"]>,
    options?: Parameters<ProductsResource["upsertList"]>[1],
  ): UpsertListRun<C["productWrite"]>;
};

/** The products facade of a client: Akeneo's types by default, the catalog's when one is given. */
export type ProductsResourceOf<C extends ProductCatalog> = C extends { untyped: true }
  ? ProductsResource
  : CatalogProductsResource<C>;

/**
 * Tells whether a product belongs to a family, narrowing a catalog's product union to that
 * family's type.
 *
 * @example
 * if (isProductOfFamily(product, "shoes")) product.values?.weight;
 */
export function isProductOfFamily<P extends { family?: string | null }, F extends string>(
  product: P,
  family: F,
): product is Extract<P, { family: F }> {
  return product.family === family;
}
