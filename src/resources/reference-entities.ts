import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import type { EndpointsOf } from "./operation-table.js";

const ENTITIES = {
  get: "referenceEntities.get",
  list: "referenceEntities.listPerPage",
  upsert: "referenceEntities.upsert",
} as const;
const ATTRIBUTES = {
  get: "referenceEntityAttributes.get",
  list: "referenceEntityAttributes.list",
  upsert: "referenceEntityAttributes.upsert",
} as const;
const OPTIONS = {
  get: "referenceEntityAttributeOptions.get",
  list: "referenceEntityAttributeOptions.list",
  upsert: "referenceEntityAttributeOptions.upsert",
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
