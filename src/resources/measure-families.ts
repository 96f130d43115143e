import {
  getMeasureFamily,
  listMeasureFamilies,
  listMeasurementFamilies,
  upsertMeasurementFamilies,
} from "../../generated/endpoints.js";
import { codeField } from "./facade/bulk-methods.js";
import { buildGet, buildUnpagedListMethods, buildUpsertList } from "./facade/method-builders.js";
import type {
  AllUnpagedMethod,
  GetMethod,
  ListUnpagedMethod,
  UpsertListMethod,
} from "./facade/method-types.js";
import type { ResourceContext } from "./facade/resource-context.js";

/**
 * Legacy measure families (`/api/rest/v1/measure-families`), read only.
 *
 * @deprecated Akeneo deprecates measure families; use measurement families.
 */
export interface MeasureFamiliesResource {
  /** Returns the measure family with this code. */
  get: GetMethod<typeof getMeasureFamily>;
  /** Returns every measure family (one request). */
  list: ListUnpagedMethod<typeof listMeasureFamilies>;
  /** Iterates every measure family (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listMeasureFamilies>;
}

/** Measurement families (`/api/rest/v1/measurement-families`). */
export interface MeasurementFamiliesResource {
  /** Returns every measurement family (one request). */
  list: ListUnpagedMethod<typeof listMeasurementFamilies>;
  /** Iterates every measurement family (one request, made when the loop starts). */
  all: AllUnpagedMethod<typeof listMeasurementFamilies>;
  /** Upserts many measurement families in JSON batches of at most 100. */
  upsertList: UpsertListMethod<typeof upsertMeasurementFamilies>;
}

/** Creates the facade of legacy measure families. */
export function createMeasureFamiliesResource(context: ResourceContext): MeasureFamiliesResource {
  return {
    get: buildGet(context, getMeasureFamily, ["code"]),
    ...buildUnpagedListMethods(context, listMeasureFamilies, []),
  };
}

/** Creates the facade of measurement families. */
export function createMeasurementFamiliesResource(
  context: ResourceContext,
): MeasurementFamiliesResource {
  return {
    ...buildUnpagedListMethods(context, listMeasurementFamilies, []),
    upsertList: buildUpsertList(context, upsertMeasurementFamilies, [], "json-array", codeField),
  };
}
