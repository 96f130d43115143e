import type { CallOptions } from "../../core/client/index.js";
import type { EndpointsOf, KnownFacadeOperation } from "../operation-table.js";
import {
  buildCodeResource,
  type CodeEndpoints,
  type CodeMethods,
  type CodeResource,
  type CodeResourceShape,
} from "./code-resource.js";
import type { EndpointFunction } from "./endpoint-types.js";
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

/** The facade methods of a product-like resource, by role. */
export interface DraftableMethods extends CodeMethods {
  readonly delete: KnownFacadeOperation;
  readonly getDraft: KnownFacadeOperation;
  readonly submitForApproval: KnownFacadeOperation;
}

/** Builds every method of a product-like resource. */
export function buildDraftableResource<M extends DraftableMethods, Key extends Codes>(
  context: ResourceContext,
  methods: M,
  shape: CodeResourceShape = {},
): DraftableResource<EndpointsOf<M>, Key> {
  const { delete: remove, getDraft, submitForApproval } = methods;
  return {
    ...buildCodeResource<M, [], Key>(context, methods, shape),
    delete: buildDelete(context, remove),
    getDraft: buildGet(context, getDraft),
    submitForApproval: buildAction(context, submitForApproval, false),
  };
}
