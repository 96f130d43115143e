import type { ProductModelsResource } from "../product-models.js";
import type { ProductsResource } from "../products.js";
import type { UuidProductsResource } from "../uuid-products.js";

type DraftFacade = ProductsResource | UuidProductsResource | ProductModelsResource;

/** The PHP client's draft API of products, products by uuid or product models (EE). */
export interface PhpDraftApi<F extends DraftFacade> {
  /** Returns the current user's draft of this product or model. */
  get(code: string): Promise<Awaited<ReturnType<F["getDraft"]>>>;
  /** Submits the current user's draft for approval; answers 201 as the PHP client does. */
  submitForApproval(code: string): Promise<201>;
}

/** Creates the PHP draft API over a product-like facade. */
export function createPhpDraftApi<F extends DraftFacade>(facade: F): PhpDraftApi<F> {
  return Object.freeze({
    get: (code: string) =>
      (facade.getDraft as (code: string) => Promise<Awaited<ReturnType<F["getDraft"]>>>)(code),
    submitForApproval: async (code: string) => {
      await facade.submitForApproval(code);
      return 201 as const;
    },
  });
}
