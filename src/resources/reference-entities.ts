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
import { CURSOR_PAGING } from "./facade/list-methods.js";
import {
  buildGet,
  buildListMethods,
  buildUnpagedListMethods,
  buildUpsert,
} from "./facade/method-builders.js";
import type {
  AllMethod,
  AllUnpagedMethod,
  GetMethod,
  ListPerPageMethod,
  ListUnpagedMethod,
  PagesMethod,
  UpsertMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

type Entity = [referenceEntityCode: string];
type EntityChild = [referenceEntityCode: string, code: string];
type AttributeChild = [referenceEntityCode: string, attributeCode: string, code: string];
type Attribute = [referenceEntityCode: string, attributeCode: string];

/** Reference entities (`/api/rest/v1/reference-entities`, Enterprise Edition). */
export interface ReferenceEntitiesResource {
  /** Returns the reference entity with this code. */
  get: GetMethod<typeof getReferenceEntity>;
  /** Returns one page of reference entities (search_after, page size chosen by the server). */
  listPerPage: ListPerPageMethod<typeof listReferenceEntities>;
  /** Iterates every reference entity. */
  all: AllMethod<typeof listReferenceEntities>;
  /** Iterates the pages of reference entities. */
  pages: PagesMethod<typeof listReferenceEntities>;
  /** Creates or updates the reference entity with this code. */
  upsert: UpsertMethod<typeof upsertReferenceEntity>;
}

/** Attributes of a reference entity; every method takes the entity code first. */
export interface ReferenceEntityAttributesResource {
  /** Returns the attribute with this code of the reference entity. */
  get: GetMethod<typeof getReferenceEntityAttribute, EntityChild>;
  /** Returns every attribute of the reference entity (one request). */
  list: ListUnpagedMethod<typeof listReferenceEntityAttributes, Entity>;
  /** Iterates every attribute of the reference entity (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listReferenceEntityAttributes, Entity>;
  /** Creates or updates the attribute with this code of the reference entity. */
  upsert: UpsertMethod<typeof upsertReferenceEntityAttribute, EntityChild>;
}

/** Options of a reference entity attribute; methods take the entity and attribute codes first. */
export interface ReferenceEntityAttributeOptionsResource {
  /** Returns the option with this code. */
  get: GetMethod<typeof getReferenceEntityAttributeOption, AttributeChild>;
  /** Returns every option of the attribute (one request). */
  list: ListUnpagedMethod<typeof listReferenceEntityAttributeOptions, Attribute>;
  /** Iterates every option of the attribute (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listReferenceEntityAttributeOptions, Attribute>;
  /** Creates or updates the option with this code. */
  upsert: UpsertMethod<typeof upsertReferenceEntityAttributeOption, AttributeChild>;
}

/** Creates the facade of reference entities. */
export function createReferenceEntitiesResource(
  context: ResourceContext,
): ReferenceEntitiesResource {
  return {
    get: buildGet(context, getReferenceEntity, ["code"]),
    ...buildListMethods(
      context,
      listReferenceEntities,
      "/api/rest/v1/reference-entities",
      [],
      CURSOR_PAGING,
    ),
    upsert: buildUpsert(context, upsertReferenceEntity, ["code"]),
  };
}

/** Creates the facade of reference entity attributes. */
export function createReferenceEntityAttributesResource(
  context: ResourceContext,
): ReferenceEntityAttributesResource {
  const byCode = ["reference_entity_code", "code"];
  return {
    get: buildGet(context, getReferenceEntityAttribute, byCode),
    ...buildUnpagedListMethods(context, listReferenceEntityAttributes, ["reference_entity_code"]),
    upsert: buildUpsert(context, upsertReferenceEntityAttribute, byCode),
  };
}

/** Creates the facade of reference entity attribute options. */
export function createReferenceEntityAttributeOptionsResource(
  context: ResourceContext,
): ReferenceEntityAttributeOptionsResource {
  const parent = ["reference_entity_code", "attribute_code"];
  const byCode = [...parent, "code"];
  return {
    get: buildGet(context, getReferenceEntityAttributeOption, byCode),
    ...buildUnpagedListMethods(context, listReferenceEntityAttributeOptions, parent),
    upsert: buildUpsert(context, upsertReferenceEntityAttributeOption, byCode),
  };
}
