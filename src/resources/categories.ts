import {
  createCategory,
  getCategory,
  listCategories,
  upsertCategories,
  upsertCategory,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getCategory,
  list: listCategories,
  create: createCategory,
  upsert: upsertCategory,
  upsertList: upsertCategories,
};

/** Categories (`/api/rest/v1/categories`). */
export type CategoriesResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of categories. */
export function createCategoriesResource(context: ResourceContext): CategoriesResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("categories.listPerPage"));
}
