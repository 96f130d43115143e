import { JOBS_LAUNCH_EXPORT, JOBS_LAUNCH_IMPORT } from "../../generated/facade-operations.js";
import type { CallOptions } from "../core/client/index.js";
import type { BodyOf } from "./facade/endpoint-types.js";
import { buildAction } from "./facade/method-builders.js";
import type { ResourceContext } from "./facade/resource-context.js";
import type { EndpointOf } from "./operation-table.js";

/** Import and export job profiles (`/api/rest/v1/jobs`): launching them. */
export interface JobsResource {
  /** Launches the export profile with this code. */
  launchExport: (code: string, call?: CallOptions) => Promise<void>;
  /** Launches the import profile with this code (optionally with an `import_mode`). */
  launchImport: (
    code: string,
    options?: BodyOf<EndpointOf<typeof JOBS_LAUNCH_IMPORT>>,
    call?: CallOptions,
  ) => Promise<void>;
}

/** Creates the facade of job launches. */
export function createJobsResource(context: ResourceContext): JobsResource {
  return {
    launchExport: buildAction(context, JOBS_LAUNCH_EXPORT, false),
    launchImport: buildAction(context, JOBS_LAUNCH_IMPORT, false),
  };
}
