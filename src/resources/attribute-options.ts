import {
  createAttributeOption,
  getAttributeOption,
  listAttributeOptions,
  upsertAttributeOption,
  upsertAttributeOptions,
} from "../../generated/endpoints.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { pathOf } from "./operation-table.js";

const ENDPOINTS = {
  get: getAttributeOption,
  list: listAttributeOptions,
  create: createAttributeOption,
  upsert: upsertAttributeOption,
  upsertList: upsertAttributeOptions,
};

/** Options of simple and multi select attributes; every method takes the attribute code first. */
export type AttributeOptionsResource = CodeResource<typeof ENDPOINTS, [attributeCode: string]>;

/** Creates the facade of attribute options. */
export function createAttributeOptionsResource(context: ResourceContext): AttributeOptionsResource {
  return buildCodeResource(context, ENDPOINTS, pathOf("attributeOptions.listPerPage"), {
    parentNames: ["attribute_code"],
  });
}
