import {
  createAttribute,
  getAttribute,
  listAttributes,
  upsertAttribute,
  upsertAttributes,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getAttribute,
  list: listAttributes,
  create: createAttribute,
  upsert: upsertAttribute,
  upsertList: upsertAttributes,
};

/** Attributes (`/api/rest/v1/attributes`). */
export type AttributesResource = CodeResource<typeof ENDPOINTS>;

/** Creates the facade of attributes. */
export function createAttributesResource(context: ResourceContext): AttributesResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("attributes.listPerPage"));
}
