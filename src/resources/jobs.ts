import type { CallOptions } from "../core/client/index.js";
import type { BodyOf } from "./facade/endpoint-types.js";
import { buildAction } from "./facade/method-builders.js";
import type { ResourceContext } from "./facade/resource-context.js";
import { type EndpointOf, endpointOf, pathParametersOf } from "./operation-table.js";

/** Import and export job profiles (`/api/rest/v1/jobs`): launching them. */
export interface JobsResource {
  /** Launches the export profile with this code. */
  launchExport: (code: string, call?: CallOptions) => Promise<void>;
  /** Launches the import profile with this code (optionally with an `import_mode`). */
  launchImport: (
    code: string,
    options?: BodyOf<EndpointOf<"jobs.launchImport">>,
    call?: CallOptions,
  ) => Promise<void>;
}

/** Creates the facade of job launches. */
export function createJobsResource(context: ResourceContext): JobsResource {
  return {
    launchExport: buildAction(
      context,
      endpointOf("jobs.launchExport"),
      pathParametersOf("jobs.launchExport"),
      false,
    ),
    launchImport: buildAction(
      context,
      endpointOf("jobs.launchImport"),
      pathParametersOf("jobs.launchImport"),
      false,
    ),
  };
}
