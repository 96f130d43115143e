import {
  createAttributeGroup,
  getAttributeGroup,
  listAttributeGroups,
  upsertAttributeGroup,
  upsertAttributeGroups,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getAttributeGroup,
  list: listAttributeGroups,
  create: createAttributeGroup,
  upsert: upsertAttributeGroup,
  upsertList: upsertAttributeGroups,
};

/** Attribute groups (`/api/rest/v1/attribute-groups`). */
export type AttributeGroupsResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of attribute groups. */
export function createAttributeGroupsResource(context: ResourceContext): AttributeGroupsResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("attributeGroups.listPerPage"));
}
