import { getSystemInformation, listEndpoints } from "../../generated/endpoints.js";
import type { DataOf } from "./facade/endpoint-types.js";
import { callEndpoint, type ResourceContext } from "./facade/resource-context.js";

/** Facts about the PIM itself; both calls work without a token. */
export interface SystemResource {
  /** Returns the PIM's version and edition. */
  getInformation: () => Promise<DataOf<typeof getSystemInformation>>;
  /** Returns the list of the PIM's API endpoints. */
  listEndpoints: () => Promise<DataOf<typeof listEndpoints>>;
}

/** Creates the facade of system information and the endpoint list. */
export function createSystemResource(context: ResourceContext): SystemResource {
  return {
    getInformation: () => callEndpoint(context, getSystemInformation, {}),
    listEndpoints: () => callEndpoint(context, listEndpoints, {}),
  };
}
