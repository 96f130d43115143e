import {
  getWorkflow,
  listWorkflowStepAssignees,
  listWorkflows,
  listWorkflowTasks,
  startWorkflowExecutions,
  updateWorkflowTask,
} from "../../generated/endpoints.js";
import { type CallOptions, withCallOptions } from "../core/client/index.js";
import { readCallOptions } from "./facade/call-arguments.js";
import { requireObjectArray } from "./facade/check-arguments.js";
import type { BodyOf, DataOf } from "./facade/endpoint-types.js";
import { buildAction, buildGet, buildListMethods } from "./facade/method-builders.js";
import type {
  AllMethod,
  GetMethod,
  ListPerPageMethod,
  PagesMethod,
} from "./facade/method-types.js";
import { callEndpoint, type ResourceContext } from "./facade/resource-context.js";
import { pagingOf, pathOf, pathParametersOf } from "./operation-table.js";

type Step = [stepUuid: string];

/** Workflows of Enterprise Edition (`/api/rest/v1/workflows`). */
export interface WorkflowsResource {
  /** Returns the workflow with this uuid. */
  get: GetMethod<typeof getWorkflow, [uuid: string]>;
  /** Returns one page of workflows. */
  listPerPage: ListPerPageMethod<typeof listWorkflows>;
  /** Iterates every workflow. */
  all: AllMethod<typeof listWorkflows>;
  /** Iterates the pages of workflows. */
  pages: PagesMethod<typeof listWorkflows>;
  /** The users assigned to a workflow step. */
  stepAssignees: {
    /** Returns one page of the step's assignees. */
    listPerPage: ListPerPageMethod<typeof listWorkflowStepAssignees, Step>;
    /** Iterates every assignee of the step. */
    all: AllMethod<typeof listWorkflowStepAssignees, Step>;
    /** Iterates the pages of the step's assignees. */
    pages: PagesMethod<typeof listWorkflowStepAssignees, Step>;
  };
}

/** Workflow executions: starting products and models in workflows. */
export interface WorkflowExecutionsResource {
  /** Starts workflow executions; answers the 207 report when some could not start. */
  start: (
    executions: BodyOf<typeof startWorkflowExecutions>,
    call?: CallOptions,
  ) => Promise<DataOf<typeof startWorkflowExecutions>>;
}

/** Workflow tasks: listing and completing them. */
export interface WorkflowTasksResource {
  /** Returns one page of tasks. */
  listPerPage: ListPerPageMethod<typeof listWorkflowTasks>;
  /** Iterates every task. */
  all: AllMethod<typeof listWorkflowTasks>;
  /** Iterates the pages of tasks. */
  pages: PagesMethod<typeof listWorkflowTasks>;
  /** Updates (approves, rejects…) the task with this uuid. */
  update: (
    uuid: string,
    body: BodyOf<typeof updateWorkflowTask>,
    call?: CallOptions,
  ) => Promise<void>;
}

/** Creates the facade of workflows. */
export function createWorkflowsResource(context: ResourceContext): WorkflowsResource {
  return {
    get: buildGet(context, getWorkflow, ["uuid"]),
    ...buildListMethods(
      context,
      listWorkflows,
      pathOf("workflows.listPerPage"),
      [],
      pagingOf("workflows.listPerPage"),
    ),
    stepAssignees: buildListMethods(
      context,
      listWorkflowStepAssignees,
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
      const body = requireObjectArray("executions", executions) as typeof executions;
      return callEndpoint(
        context,
        startWorkflowExecutions,
        withCallOptions({ body }, readCallOptions(call)),
      );
    },
  };
}

/** Creates the facade of workflow tasks. */
export function createWorkflowTasksResource(context: ResourceContext): WorkflowTasksResource {
  return {
    ...buildListMethods(
      context,
      listWorkflowTasks,
      pathOf("workflowTasks.listPerPage"),
      [],
      pagingOf("workflowTasks.listPerPage"),
    ),
    update: buildAction(context, updateWorkflowTask, ["uuid"], true),
  };
}
