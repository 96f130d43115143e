import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "categories.get",
  list: "categories.listPerPage",
  create: "categories.create",
  upsert: "categories.upsert",
  upsertList: "categories.upsertList",
} as const;

/** Categories (`/api/rest/v1/categories`). */
export type CategoriesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of categories. */
export function createCategoriesResource(context: ResourceContext): CategoriesResource {
  return buildCodeResource(context, METHODS);
}
