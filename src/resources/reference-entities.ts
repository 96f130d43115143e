import {
  getReferenceEntity,
  getReferenceEntityAttribute,
  getReferenceEntityAttributeOption,
  listReferenceEntities,
  listReferenceEntityAttributeOptions,
  listReferenceEntityAttributes,
  upsertReferenceEntity,
  upsertReferenceEntityAttribute,
  upsertReferenceEntityAttributeOption,
} from "../../generated/endpoints.js";
import { buildPagedCodeResource, type PagedCodeResource } from "./facade/code-resource.js";
import type { ResourceContext } from "./facade/resource-context.js";
import {
  buildUnpagedCodeResource,
  type UnpagedCodeResource,
} from "./facade/unpaged-code-resource.js";
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

const ENTITIES = {
  get: getReferenceEntity,
  list: listReferenceEntities,
  upsert: upsertReferenceEntity,
};
const ATTRIBUTES = {
  get: getReferenceEntityAttribute,
  list: listReferenceEntityAttributes,
  upsert: upsertReferenceEntityAttribute,
};
const OPTIONS = {
  get: getReferenceEntityAttributeOption,
  list: listReferenceEntityAttributeOptions,
  upsert: upsertReferenceEntityAttributeOption,
};

/**
 * Reference entities (`/api/rest/v1/reference-entities`, Enterprise Edition), listed with
 * search_after in pages whose size the server chooses.
 */
export type ReferenceEntitiesResource = PagedCodeResource<typeof ENTITIES>;

/** Attributes of a reference entity; every method takes the entity code first. */
export type ReferenceEntityAttributesResource = UnpagedCodeResource<
  typeof ATTRIBUTES,
  [referenceEntityCode: string]
>;

/** Options of a reference entity attribute; methods take the entity and attribute codes first. */
export type ReferenceEntityAttributeOptionsResource = UnpagedCodeResource<
  typeof OPTIONS,
  [referenceEntityCode: string, attributeCode: string]
>;

/** Creates the facade of reference entities. */
export function createReferenceEntitiesResource(
  context: ResourceContext,
): ReferenceEntitiesResource {
  return buildPagedCodeResource(context, ENTITIES, pathOf("referenceEntities.listPerPage"), {
    paging: pagingOf("referenceEntities.listPerPage"),
  });
}

/** Creates the facade of reference entity attributes. */
export function createReferenceEntityAttributesResource(
  context: ResourceContext,
): ReferenceEntityAttributesResource {
  return buildUnpagedCodeResource(
    context,
    ATTRIBUTES,
    pathParametersOf("referenceEntityAttributes.list"),
  );
}

/** Creates the facade of reference entity attribute options. */
export function createReferenceEntityAttributeOptionsResource(
  context: ResourceContext,
): ReferenceEntityAttributeOptionsResource {
  return buildUnpagedCodeResource(
    context,
    OPTIONS,
    pathParametersOf("referenceEntityAttributeOptions.list"),
  );
}
