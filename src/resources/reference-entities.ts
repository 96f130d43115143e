import {
  REFERENCE_ENTITIES_GET,
  REFERENCE_ENTITIES_LIST_PER_PAGE,
  REFERENCE_ENTITIES_UPSERT,
  REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_GET,
  REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_LIST,
  REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_UPSERT,
  REFERENCE_ENTITY_ATTRIBUTES_GET,
  REFERENCE_ENTITY_ATTRIBUTES_LIST,
  REFERENCE_ENTITY_ATTRIBUTES_UPSERT,
} from "../../generated/facade-operations.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import type { EndpointsOf } from "./operation-table.js";

const ENTITIES = {
  get: REFERENCE_ENTITIES_GET,
  list: REFERENCE_ENTITIES_LIST_PER_PAGE,
  upsert: REFERENCE_ENTITIES_UPSERT,
} as const;
const ATTRIBUTES = {
  get: REFERENCE_ENTITY_ATTRIBUTES_GET,
  list: REFERENCE_ENTITY_ATTRIBUTES_LIST,
  upsert: REFERENCE_ENTITY_ATTRIBUTES_UPSERT,
} as const;
const OPTIONS = {
  get: REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_GET,
  list: REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_LIST,
  upsert: REFERENCE_ENTITY_ATTRIBUTE_OPTIONS_UPSERT,
} as const;

/**
 * Reference entities (`/api/rest/v1/reference-entities`, Enterprise Edition), listed with
 * search_after in pages whose size the server chooses.
 */
export type ReferenceEntitiesResource = PagedCodeResource<EndpointsOf<typeof ENTITIES>>;

/** Attributes of a reference entity; every method takes the entity code first. */
export type ReferenceEntityAttributesResource = UnpagedCodeResource<
  EndpointsOf<typeof ATTRIBUTES>,
  [referenceEntityCode: string]
>;

/** Options of a reference entity attribute; methods take the entity and attribute codes first. */
export type ReferenceEntityAttributeOptionsResource = UnpagedCodeResource<
  EndpointsOf<typeof OPTIONS>,
  [referenceEntityCode: string, attributeCode: string]
>;

/** Creates the facade of reference entities. */
export function createReferenceEntitiesResource(
  context: ResourceContext,
): ReferenceEntitiesResource {
  return buildPagedCodeResource(context, ENTITIES);
}

/** Creates the facade of reference entity attributes. */
export function createReferenceEntityAttributesResource(
  context: ResourceContext,
): ReferenceEntityAttributesResource {
  return buildUnpagedCodeResource(context, ATTRIBUTES);
}

/** Creates the facade of reference entity attribute options. */
export function createReferenceEntityAttributeOptionsResource(
  context: ResourceContext,
): ReferenceEntityAttributeOptionsResource {
  return buildUnpagedCodeResource(context, OPTIONS);
}
