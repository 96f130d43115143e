import {
  ATTRIBUTE_OPTIONS_CREATE,
  ATTRIBUTE_OPTIONS_GET,
  ATTRIBUTE_OPTIONS_LIST_PER_PAGE,
  ATTRIBUTE_OPTIONS_UPSERT,
  ATTRIBUTE_OPTIONS_UPSERT_LIST,
} from "../../generated/facade-operations.js";
import { buildCodeResource, type CodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointsOf } from "./operation-table.js";

const METHODS = {
  get: ATTRIBUTE_OPTIONS_GET,
  list: ATTRIBUTE_OPTIONS_LIST_PER_PAGE,
  create: ATTRIBUTE_OPTIONS_CREATE,
  upsert: ATTRIBUTE_OPTIONS_UPSERT,
  upsertList: ATTRIBUTE_OPTIONS_UPSERT_LIST,
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
