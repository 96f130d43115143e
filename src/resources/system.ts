import {
  SYSTEM_GET_INFORMATION,
  SYSTEM_LIST_ENDPOINTS,
} from "../../generated/facade-operations.js";
import { type CallOptions, withCallOptions } from "../core/client/index.js";
import { readCallOptions } from "./facade/call-arguments.js";
import type { DataOf } from "./facade/endpoint-types.js";
import { callEndpoint, type ResourceContext } from "./facade/resource-context.js";
import { type EndpointOf, endpointOf } from "./operation-table.js";

/** Facts about the PIM itself; both calls work without a token. */
export interface SystemResource {
  /** Returns the PIM's version and edition. */
  getInformation: (
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<typeof SYSTEM_GET_INFORMATION>>>;
  /** Returns the list of the PIM's API endpoints. */
  listEndpoints: (call?: CallOptions) => Promise<DataOf<EndpointOf<typeof SYSTEM_LIST_ENDPOINTS>>>;
}

/** Creates the facade of system information and the endpoint list. */
export function createSystemResource(context: ResourceContext): SystemResource {
  const getInformation = endpointOf(SYSTEM_GET_INFORMATION);
  const listEndpoints = endpointOf(SYSTEM_LIST_ENDPOINTS);
  return {
    getInformation: async (call) =>
      callEndpoint(context, getInformation, withCallOptions({}, readCallOptions(call))),
    listEndpoints: async (call) =>
      callEndpoint(context, listEndpoints, withCallOptions({}, readCallOptions(call))),
  };
}
