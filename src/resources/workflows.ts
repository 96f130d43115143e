import { type CallOptions, withCallOptions } from "../core/client/index.js";
import { readCallOptions } from "./facade/call-arguments.js";
import { requireObjectArray } from "./facade/check-arguments.js";
import type { BodyOf, DataOf, InitOf } from "./facade/endpoint-types.js";
import { buildAction, buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import { callEndpoint, type ResourceContext } from "./facade/resource-context.js";
import {
  type EndpointOf,
  endpointOf,
  pagingOf,
  pathOf,
  pathParametersOf,
} from "./operation-table.js";

type Step = [stepUuid: string];

/** Workflows of Enterprise Edition (`/api/rest/v1/workflows`). */
export interface WorkflowsResource {
  /** Returns the workflow with this uuid. */
  get: GetMethod<EndpointOf<"workflows.get">, [uuid: string]>;
  /** Returns one page of workflows. */
  listPerPage: ListPerPageMethod<EndpointOf<"workflows.listPerPage">>;
  /** Iterates every workflow. */
  all: AllMethod<EndpointOf<"workflows.listPerPage">>;
  /** Iterates the pages of workflows. */
  pages: PagesMethod<EndpointOf<"workflows.listPerPage">>;
  /** The users assigned to a workflow step. */
  stepAssignees: {
    /** Returns one page of the step's assignees. */
    listPerPage: ListPerPageMethod<EndpointOf<"workflows.stepAssignees.listPerPage">, Step>;
    /** Iterates every assignee of the step. */
    all: AllMethod<EndpointOf<"workflows.stepAssignees.listPerPage">, Step>;
    /** Iterates the pages of the step's assignees. */
    pages: PagesMethod<EndpointOf<"workflows.stepAssignees.listPerPage">, Step>;
  };
}

/** Workflow executions: starting products and models in workflows. */
export interface WorkflowExecutionsResource {
  /** Starts workflow executions; answers the 207 report when some could not start. */
  start: (
    executions: BodyOf<EndpointOf<"workflowExecutions.start">>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<"workflowExecutions.start">>>;
}

/** Workflow tasks: listing and completing them. */
export interface WorkflowTasksResource {
  /** Returns one page of tasks. */
  listPerPage: ListPerPageMethod<EndpointOf<"workflowTasks.listPerPage">>;
  /** Iterates every task. */
  all: AllMethod<EndpointOf<"workflowTasks.listPerPage">>;
  /** Iterates the pages of tasks. */
  pages: PagesMethod<EndpointOf<"workflowTasks.listPerPage">>;
  /** Updates (approves, rejects…) the task with this uuid. */
  update: (
    uuid: string,
    body: BodyOf<EndpointOf<"workflowTasks.update">>,
    call?: CallOptions,
  ) => Promise<void>;
}

/** Creates the facade of workflows. */
export function createWorkflowsResource(context: ResourceContext): WorkflowsResource {
  return {
    get: buildGet(context, endpointOf("workflows.get"), pathParametersOf("workflows.get")),
    ...buildListMethods(
      context,
      endpointOf("workflows.listPerPage"),
      pathOf("workflows.listPerPage"),
      pathParametersOf("workflows.listPerPage"),
      pagingOf("workflows.listPerPage"),
    ),
    stepAssignees: buildListMethods(
      context,
      endpointOf("workflows.stepAssignees.listPerPage"),
      pathOf("workflows.stepAssignees.listPerPage"),
      pathParametersOf("workflows.stepAssignees.listPerPage"),
      pagingOf("workflows.stepAssignees.listPerPage"),
    ),
  };
}

/** Creates the facade of workflow executions. */
export function createWorkflowExecutionsResource(
  context: ResourceContext,
): WorkflowExecutionsResource {
  return {
    start: async (executions, call) => {
      const endpoint = endpointOf("workflowExecutions.start");
      const body = requireObjectArray("executions", executions as readonly unknown[]);
      return callEndpoint(
        context,
        endpoint,
        withCallOptions({ body } as InitOf<typeof endpoint>, readCallOptions(call)),
      );
    },
  };
}

/** Creates the facade of workflow tasks. */
export function createWorkflowTasksResource(context: ResourceContext): WorkflowTasksResource {
  return {
    ...buildListMethods(
      context,
      endpointOf("workflowTasks.listPerPage"),
      pathOf("workflowTasks.listPerPage"),
      pathParametersOf("workflowTasks.listPerPage"),
      pagingOf("workflowTasks.listPerPage"),
    ),
    update: buildAction(
      context,
      endpointOf("workflowTasks.update"),
      pathParametersOf("workflowTasks.update"),
      true,
    ),
  };
}
