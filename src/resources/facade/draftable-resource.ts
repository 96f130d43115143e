import type { CallOptions } from "../../core/client/index.js";
import {
  buildCodeResource,
  type CodeEndpoints,
  type CodeResource,
  type CodeResourceShape,
} from "./code-resource.js";
import type { EndpointFunction } from "./endpoint-types.js";
import { SEARCH_AFTER_PAGING } from "./list-methods.js";
import { buildAction, buildDelete, buildGet } from "./method-builders.js";
import type { DeleteMethod, GetMethod } from "./method-types.js";
import type { ResourceContext } from "./resource-context.js";

// Products (by identifier or uuid) and product models share these calls: everything of a code
// resource, plus delete, and the drafts and proposals of the Enterprise Edition.

type Codes = readonly string[];

/** The generated endpoint functions of a product-like resource. */
export interface DraftableEndpoints extends CodeEndpoints {
  delete: EndpointFunction;
  getDraft: EndpointFunction;
  submitForApproval: EndpointFunction;
}

/** The methods of a product-like resource; `Key` names its identifier, code or uuid. */
export interface DraftableResource<E extends DraftableEndpoints, Key extends Codes>
  extends CodeResource<E, [], Key> {
  /** Deletes the resource with this code. */
  delete: DeleteMethod<Key>;
  /** Returns the current user's draft of this resource (Enterprise Edition). */
  getDraft: GetMethod<E["getDraft"], Key>;
  /** Submits the current user's draft of this resource for approval (Enterprise Edition). */
  submitForApproval: (...args: [...Key, call?: CallOptions]) => Promise<void>;
}

/** Builds every method of a product-like resource, listed with search_after by default. */
export function buildDraftableResource<E extends DraftableEndpoints, Key extends Codes>(
  context: ResourceContext,
  endpoints: E,
  collectionPath: string,
  shape: CodeResourceShape = {},
): DraftableResource<E, Key> {
  const byKey = [shape.keyName ?? "code"];
  const searchAfter = { paging: SEARCH_AFTER_PAGING, ...shape };
  return {
    ...buildCodeResource<E, [], Key>(context, endpoints, collectionPath, searchAfter),
    delete: buildDelete(context, endpoints.delete, byKey),
    getDraft: buildGet(context, endpoints.getDraft, byKey),
    submitForApproval: buildAction(context, endpoints.submitForApproval, byKey, false),
  };
}
