import {
  WORKFLOW_EXECUTIONS_START,
  WORKFLOW_TASKS_LIST_PER_PAGE,
  WORKFLOW_TASKS_UPDATE,
  WORKFLOWS_GET,
  WORKFLOWS_LIST_PER_PAGE,
  WORKFLOWS_STEP_ASSIGNEES_LIST_PER_PAGE,
} from "../../generated/facade-operations.js";
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
import { type EndpointOf, endpointOf } from "./operation-table.js";

type Step = [stepUuid: string];

/** Workflows of Enterprise Edition (`/api/rest/v1/workflows`). */
export interface WorkflowsResource {
  /** Returns the workflow with this uuid. */
  get: GetMethod<EndpointOf<typeof WORKFLOWS_GET>, [uuid: string]>;
  /** Returns one page of workflows. */
  listPerPage: ListPerPageMethod<EndpointOf<typeof WORKFLOWS_LIST_PER_PAGE>>;
  /** Iterates every workflow. */
  all: AllMethod<EndpointOf<typeof WORKFLOWS_LIST_PER_PAGE>>;
  /** Iterates the pages of workflows. */
  pages: PagesMethod<EndpointOf<typeof WORKFLOWS_LIST_PER_PAGE>>;
  /** The users assigned to a workflow step. */
  stepAssignees: {
    /** Returns one page of the step's assignees. */
    listPerPage: ListPerPageMethod<EndpointOf<typeof WORKFLOWS_STEP_ASSIGNEES_LIST_PER_PAGE>, Step>;
    /** Iterates every assignee of the step. */
    all: AllMethod<EndpointOf<typeof WORKFLOWS_STEP_ASSIGNEES_LIST_PER_PAGE>, Step>;
    /** Iterates the pages of the step's assignees. */
    pages: PagesMethod<EndpointOf<typeof WORKFLOWS_STEP_ASSIGNEES_LIST_PER_PAGE>, Step>;
  };
}

/** Workflow executions: starting products and models in workflows. */
export interface WorkflowExecutionsResource {
  /** Starts workflow executions; answers the 207 report when some could not start. */
  start: (
    executions: BodyOf<EndpointOf<typeof WORKFLOW_EXECUTIONS_START>>,
    call?: CallOptions,
  ) => Promise<DataOf<EndpointOf<typeof WORKFLOW_EXECUTIONS_START>>>;
}

/** Workflow tasks: listing and completing them. */
export interface WorkflowTasksResource {
  /** Returns one page of tasks. */
  listPerPage: ListPerPageMethod<EndpointOf<typeof WORKFLOW_TASKS_LIST_PER_PAGE>>;
  /** Iterates every task. */
  all: AllMethod<EndpointOf<typeof WORKFLOW_TASKS_LIST_PER_PAGE>>;
  /** Iterates the pages of tasks. */
  pages: PagesMethod<EndpointOf<typeof WORKFLOW_TASKS_LIST_PER_PAGE>>;
  /** Updates (approves, rejects…) the task with this uuid. */
  update: (
    uuid: string,
    body: BodyOf<EndpointOf<typeof WORKFLOW_TASKS_UPDATE>>,
    call?: CallOptions,
  ) => Promise<void>;
}

/** Creates the facade of workflows. */
export function createWorkflowsResource(context: ResourceContext): WorkflowsResource {
  return {
    get: buildGet(context, WORKFLOWS_GET),
    ...buildListMethods(context, WORKFLOWS_LIST_PER_PAGE),
    stepAssignees: buildListMethods(context, WORKFLOWS_STEP_ASSIGNEES_LIST_PER_PAGE),
  };
}

/** Creates the facade of workflow executions. */
export function createWorkflowExecutionsResource(
  context: ResourceContext,
): WorkflowExecutionsResource {
  return {
    start: async (executions, call) => {
      const endpoint = endpointOf(WORKFLOW_EXECUTIONS_START);
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
    ...buildListMethods(context, WORKFLOW_TASKS_LIST_PER_PAGE),
    update: buildAction(context, WORKFLOW_TASKS_UPDATE, true),
  };
}
