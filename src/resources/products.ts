import { identifierField } from "./facade/bulk-methods.js";
import { buildDraftableResource, type DraftableResource } from "./facade/draftable-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "products.get",
  list: "products.listPerPage",
  create: "products.create",
  upsert: "products.upsert",
  upsertList: "products.upsertList",
  delete: "products.delete",
  getDraft: "products.getDraft",
  submitForApproval: "products.submitForApproval",
} as const;

/**
 * Products addressed by identifier (`/api/rest/v1/products`), with their drafts and proposals.
 * Lists offset pages unless `pagination_type` says otherwise; `all` and `pages` use search_after.
 */
export type ProductsResource = DraftableResource<EndpointsOf<typeof METHODS>, [identifier: string]>;

/** Creates the facade of products addressed by identifier. */
export function createProductsResource(context: ResourceContext): ProductsResource {
  return buildDraftableResource(context, METHODS, { codeOf: identifierField });
}
