import {
  ATTRIBUTE_GROUPS_CREATE,
  ATTRIBUTE_GROUPS_GET,
  ATTRIBUTE_GROUPS_LIST_PER_PAGE,
  ATTRIBUTE_GROUPS_UPSERT,
  ATTRIBUTE_GROUPS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: ATTRIBUTE_GROUPS_GET,
  list: ATTRIBUTE_GROUPS_LIST_PER_PAGE,
  create: ATTRIBUTE_GROUPS_CREATE,
  upsert: ATTRIBUTE_GROUPS_UPSERT,
  upsertList: ATTRIBUTE_GROUPS_UPSERT_LIST,
} as const;

/** Attribute groups (`/api/rest/v1/attribute-groups`). */
export type AttributeGroupsResource = CodeResource<EndpointsOf<typeof METHODS>>;

/** Creates the facade of attribute groups. */
export function createAttributeGroupsResource(context: ResourceContext): AttributeGroupsResource {
  return buildCodeResource(context, METHODS);
}
