import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: "attributeGroups.get",
  list: "attributeGroups.listPerPage",
  create: "attributeGroups.create",
  upsert: "attributeGroups.upsert",
  upsertList: "attributeGroups.upsertList",
} as const;

/** Attribute groups (`/api/rest/v1/attribute-groups`). */
export type AttributeGroupsResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of attribute groups. */
export function createAttributeGroupsResource(context: ResourceContext): AttributeGroupsResource {
  return buildCodeResource(context, METHODS);
}
