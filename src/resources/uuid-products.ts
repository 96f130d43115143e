import { uuidField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";
import { createProductSearch, type ProductSearchMethods } from "./product-search.js";

const METHODS = {
  get: "uuidProducts.get",
  list: "uuidProducts.listPerPage",
  create: "uuidProducts.create",
  upsert: "uuidProducts.upsert",
  upsertList: "uuidProducts.upsertList",
  delete: "uuidProducts.delete",
  getDraft: "uuidProducts.getDraft",
  submitForApproval: "uuidProducts.submitForApproval",
} as const;

/**
 * Products addressed by uuid (`/api/rest/v1/products-uuid`), with drafts, proposals and search.
 * `create` answers the uuid from `Location` when the server chose it.
 */
export interface UuidProductsResource
  extends DraftableResource<EndpointsOf<typeof METHODS>, [uuid: string]>,
    ProductSearchMethods {}

/** Creates the facade of products addressed by uuid. */
export function createUuidProductsResource(context: ResourceContext): UuidProductsResource {
  return {
    ...buildDraftableResource(context, METHODS, { codeOf: uuidField }),
    ...createProductSearch(context),
  };
}
