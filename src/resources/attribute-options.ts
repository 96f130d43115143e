import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "attributeOptions.get",
  list: "attributeOptions.listPerPage",
  create: "attributeOptions.create",
  upsert: "attributeOptions.upsert",
  upsertList: "attributeOptions.upsertList",
} as const;

/** Options of simple and multi select attributes; every method takes the attribute code first. */
export type AttributeOptionsResource = CodeResource<
  EndpointsOf<typeof METHODS>,
  [attributeCode: string]
>;

/** Creates the facade of attribute options. */
export function createAttributeOptionsResource(context: ResourceContext): AttributeOptionsResource {
  return buildCodeResource(context, METHODS);
}
