import type {
  AssetAttributeOptionsResource,
  AssetAttributesResource,
  AssetFamiliesResource,
} from "../asset-families.js";
import type { AssetsResource } from "../assets.js";
import type {
  ReferenceEntitiesResource,
  ReferenceEntityAttributeOptionsResource,
  ReferenceEntityAttributesResource,
} from "../reference-entities.js";
import type { ReferenceEntityRecordsResource } from "../reference-entity-records.js";
import { buildPhpApi } from "./php-code-api.js";
import type {
  FacadeItem,
  PhpCursorAllMethod,
  PhpDeleteMethod,
  PhpGetMethod,
  PhpJsonUpsertListMethods,
  PhpUpsertMethods,
} from "./php-code-api-types.js";

// Reference entities and the Asset Manager: lists paged by the server (no page size argument),
// list upserts as one JSON array answered by an array, and attribute lists answered whole.

type Codes = readonly string[];

/** `get`, `all(queryParameters)` and `upsert` of a reference entity or an asset family. */
export type PhpEntityApi<F> = PhpGetMethod<F, []> &
  PhpCursorAllMethod<F, []> &
  PhpUpsertMethods<F, [], "code">;

/** `get`, `all(...parents, queryParameters)`, `upsert` and the JSON-array `upsertList`. */
export type PhpEntityItemApi<F, Parent extends Codes> = PhpGetMethod<F, Parent> &
  PhpCursorAllMethod<F, Parent> &
  PhpUpsertMethods<F, Parent, "code"> &
  PhpJsonUpsertListMethods<F, Parent>;

/** `get`, `all(...parents)` answered as one array, and `upsert`. */
export type PhpEntityAttributeApi<F, Parent extends Codes> = PhpGetMethod<F, Parent> &
  PhpUpsertMethods<F, Parent, "code"> & {
    /** Returns every item of the list, in one array. */
    all(...parents: Parent): Promise<FacadeItem<F>[]>;
  };

/** The PHP client's reference entity API. */
export type PhpReferenceEntityApi = PhpEntityApi<ReferenceEntitiesResource>;
/** The PHP client's reference entity record API. */
export type PhpReferenceEntityRecordApi = PhpEntityItemApi<
  ReferenceEntityRecordsResource,
  [referenceEntityCode: string]
>;
/** The PHP client's reference entity attribute API. */
export type PhpReferenceEntityAttributeApi = PhpEntityAttributeApi<
  ReferenceEntityAttributesResource,
  [referenceEntityCode: string]
>;
/** The PHP client's reference entity attribute option API. */
export type PhpReferenceEntityAttributeOptionApi = PhpEntityAttributeApi<
  ReferenceEntityAttributeOptionsResource,
  [referenceEntityCode: string, attributeCode: string]
>;
/** The PHP client's asset family API. */
export type PhpAssetFamilyApi = PhpEntityApi<AssetFamiliesResource>;
/** The PHP client's asset attribute API. */
export type PhpAssetAttributeApi = PhpEntityAttributeApi<
  AssetAttributesResource,
  [assetFamilyCode: string]
>;
/** The PHP client's asset attribute option API. */
export type PhpAssetAttributeOptionApi = PhpEntityAttributeApi<
  AssetAttributeOptionsResource,
  [assetFamilyCode: string, attributeCode: string]
>;
/** The PHP client's Asset Manager API (assets of an asset family). */
export type PhpAssetManagerApi = PhpEntityItemApi<AssetsResource, [assetFamilyCode: string]> &
  PhpDeleteMethod<[assetFamilyCode: string]>;

/** Creates the PHP API of reference entities or asset families over the facade. */
export function createPhpEntityApi<F extends ReferenceEntitiesResource | AssetFamiliesResource>(
  facade: F,
): PhpEntityApi<F> {
  return buildPhpApi(facade, { allPageSize: null }, ["get", "all", "upsert"]);
}

/** Creates the PHP API of reference entity records over the facade. */
export function createPhpReferenceEntityRecordApi(
  facade: ReferenceEntityRecordsResource,
): PhpReferenceEntityRecordApi {
  return buildPhpApi(facade, { parents: 1, allPageSize: null }, [
    "get",
    "all",
    "upsert",
    "jsonUpsertList",
  ]);
}

/** Creates the PHP Asset Manager API over the facade. */
export function createPhpAssetManagerApi(facade: AssetsResource): PhpAssetManagerApi {
  return buildPhpApi(facade, { parents: 1, allPageSize: null }, [
    "get",
    "all",
    "upsert",
    "jsonUpsertList",
    "delete",
  ]);
}

/** Creates the PHP API of entity or asset family attributes, or their options, over the facade. */
export function createPhpEntityAttributeApi<
  F extends
    | ReferenceEntityAttributesResource
    | ReferenceEntityAttributeOptionsResource
    | AssetAttributesResource
    | AssetAttributeOptionsResource,
  Parent extends Codes,
>(facade: F, parents: Parent["length"]): PhpEntityAttributeApi<F, Parent> {
  const api = buildPhpApi<Record<string, unknown>>(facade, { parents }, ["get", "upsert"]);
  const list = facade.list as (...parents: unknown[]) => Promise<FacadeItem<F>[]>;
  return Object.freeze({
    ...api,
    // The PHP client ignores any query argument here; only the parent codes are read.
    all: (...args: unknown[]) => list(...args.slice(0, parents)),
  }) as unknown as PhpEntityAttributeApi<F, Parent>;
}
