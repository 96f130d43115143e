import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "attributes.get",
  list: "attributes.listPerPage",
  create: "attributes.create",
  upsert: "attributes.upsert",
  upsertList: "attributes.upsertList",
} as const;

/** Attributes (`/api/rest/v1/attributes`). */
export type AttributesResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of attributes. */
export function createAttributesResource(context: ResourceContext): AttributesResource {
  return buildCodeResource(context, METHODS);
}
