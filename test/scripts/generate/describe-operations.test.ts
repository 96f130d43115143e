import {
  deriveFunctionName,
  describeOperations,
  type OperationFacts,
  REFERENCE_BASE_URL,
} from "../../../scripts/generate/describe-operations.js";
import { normalizeDescription } from "../../../scripts/normalize/normalize-description.js";
import { TOKEN_PATH } from "../../../scripts/normalize/repairs/security.js";
import { swaggerDescription, TINY_RULES } from "../normalize/tiny-description.js";

const ITEM = { type: "object", properties: { code: { type: "string" } } };
const BODY = { name: "body", in: "body", schema: ITEM };
const CODE = { name: "code", in: "path", type: "string" };

const NAMING = {
  operations: {
    "GET /widgets/{code}": { operationId: "widgets_get", name: "getWidget", kind: "get" },
    "GET /widgets": {
      operationId: "widgets_get_list",
      name: "listWidgets",
      kind: "list",
      facade: "widgets.listPerPage",
    },
    "GET /widgets/search": { operationId: "widgets_search", name: "searchWidgets", kind: "list" },
    "PATCH /widgets": { operationId: "patch_widgets", name: "upsertWidgets", kind: "upsertList" },
    "PATCH /widgets-json": {
      operationId: "patch_widgets_json",
      name: "upsertWidgetsAsArray",
      kind: "upsertList",
    },
    "GET /widgets/{code}/download": {
      operationId: "widget_file_download",
      name: "downloadWidgetFile",
      kind: "download",
    },
    [`POST ${TOKEN_PATH}`]: { operationId: "token_post", name: "createToken", kind: "token" },
    "GET /health": { operationId: "health_get", name: "getHealth", kind: "strange" },
  },
  schemas: {},
};

function describeTiny(extraPaths: object = {}, naming = NAMING) {
  const loaded = swaggerDescription({
    "/widgets": {
      get: {
        operationId: "widgets_get_list",
        tags: ["Widget"],
        parameters: [
          { name: "page", in: "query", type: "integer" },
          { name: "search_after", in: "query", type: "string" },
        ],
        responses: { "200": { schema: ITEM } },
      },
      patch: {
        operationId: "patch_widgets",
        "x-body-by-line": true,
        parameters: [BODY],
        responses: { "200": { schema: ITEM } },
      },
    },
    "/widgets/search": {
      get: {
        operationId: "widgets_search",
        parameters: [{ name: "search_after", in: "query", type: "string" }],
        responses: {},
      },
    },
    "/widgets-json": {
      patch: { operationId: "patch_widgets_json", parameters: [BODY], responses: {} },
    },
    "/widgets/{code}": {
      get: {
        operationId: "widgets_get",
        "x-ee": true,
        "x-versions": ["SaaS"],
        "x-app-token": true,
        "x-deprecated": true,
        parameters: [CODE],
        responses: { "200": { schema: ITEM } },
      },
    },
    "/widgets/{code}/download": {
      get: {
        operationId: "widget_file_download",
        "x-content-type": "image/png",
        parameters: [CODE],
        responses: { "200": {} },
      },
    },
    [TOKEN_PATH]: {
      post: { operationId: "token_post", parameters: [BODY], responses: { "200": {} } },
    },
    "/health": {
      get: {
        operationId: "health_get",
        "x-no-token": true,
        parameters: [{ name: "verbose", in: "query", type: "boolean" }],
        responses: {},
      },
    },
    ...extraPaths,
  });
  const { document } = normalizeDescription(loaded, TINY_RULES, naming);
  return describeOperations(document, naming.operations, TINY_RULES.jsonArrayBatches);
}

function factsOf(operationId: string, extraPaths: object = {}): OperationFacts {
  const facts = describeTiny(extraPaths).operations.find((o) => o.operationId === operationId);
  if (facts === undefined) throw new Error(`${operationId} not described`);
  return facts;
}

describe("describeOperations", () => {
  it("describes a list by its naming-map entry, tag, parameters and pagination style", () => {
    expect(factsOf("widgets_get_list")).toMatchObject({
      functionName: "listWidgets",
      method: "GET",
      path: "/widgets",
      tag: "Widget",
      kind: "list",
      pagination: "page-or-search_after",
      batch: "none",
      queryParameters: ["page", "search_after"],
      pathParameters: [],
      authentication: "bearer",
      needsInit: false,
      referenceUrl: `${REFERENCE_BASE_URL}#widgets_get_list`,
      facade: "widgets.listPerPage",
    });
    expect(factsOf("widgets_get").facade).toBeNull();
    expect(factsOf("widgets_search").pagination).toBe("search_after");
  });

  it("tells NDJSON batches from JSON-array batches", () => {
    expect(factsOf("patch_widgets")).toMatchObject({
      batch: "ndjson",
      pagination: "none",
      requestMediaType: "application/vnd.akeneo.collection+json",
      responseMediaType: "application/vnd.akeneo.collection+json",
      needsInit: true,
    });
    expect(factsOf("patch_widgets_json")).toMatchObject({
      batch: "json-array",
      requestMediaType: "application/json",
    });
  });

  it("records the Enterprise, SaaS, app-token and deprecated flags", () => {
    expect(factsOf("widgets_get")).toMatchObject({
      kind: "get",
      pathParameters: ["code"],
      needsInit: true,
      enterpriseOnly: true,
      saasOnly: true,
      appToken: true,
      deprecated: true,
    });
    expect(factsOf("widgets_search")).toMatchObject({
      enterpriseOnly: false,
      saasOnly: false,
      appToken: false,
      deprecated: false,
    });
  });

  it("knows how each operation authenticates", () => {
    expect(factsOf("token_post")).toMatchObject({ kind: "token", authentication: "basic" });
    expect(factsOf("health_get")).toMatchObject({ authentication: "none", needsInit: false });
  });

  it("describes a download by its binary answer", () => {
    expect(factsOf("widget_file_download")).toMatchObject({
      kind: "download",
      responseMediaType: "*/*",
    });
  });

  it("falls back to a kind from the method when the naming map gives an unknown one", () => {
    expect(factsOf("health_get").kind).toBe("get");
  });

  it("derives a name and warns for an operation the naming map does not know", () => {
    const { operations, warnings } = describeTiny({
      "/bolts/{code}": {
        delete: { operationId: "delete_bolts__code_", parameters: [CODE], responses: {} },
        post: { operationId: "post_bolt_things", responses: {} },
      },
    });
    const bolt = operations.filter((o) => o.path === "/bolts/{code}");
    expect(bolt.map((o) => [o.functionName, o.kind])).toEqual([
      ["postBoltThings", "action"],
      ["deleteBoltsCode", "action"],
    ]);
    expect(warnings).toEqual([
      "operation POST /bolts/{code} (post_bolt_things) is not in the naming map: " +
        "named postBoltThings until openapi/naming.json names it",
      "operation DELETE /bolts/{code} (delete_bolts__code_) is not in the naming map: " +
        "named deleteBoltsCode until openapi/naming.json names it",
    ]);
  });

  it("keeps the SDK name, kind and operationId of an operation whose operationId was renamed", () => {
    const { operations, warnings } = describeTiny({
      "/widgets": {
        get: {
          operationId: "get_widget_list_renamed",
          parameters: [{ name: "page", in: "query", type: "integer" }],
          responses: { "200": { schema: ITEM } },
        },
      },
    });
    const list = operations.find((o) => o.path === "/widgets" && o.method === "GET");
    expect(list).toMatchObject({
      operationId: "widgets_get_list",
      functionName: "listWidgets",
      kind: "list",
      referenceUrl: `${REFERENCE_BASE_URL}#get_widget_list_renamed`,
    });
    expect(warnings).toEqual([]);
  });

  it("finds an operation whose path parameter was renamed by the shape of its path", () => {
    const { operations } = describeTiny({
      "/widgets/{identifier}": {
        get: {
          operationId: "get_widget_by_identifier",
          parameters: [{ name: "identifier", in: "path", type: "string" }],
          responses: { "200": { schema: ITEM } },
        },
      },
    });
    expect(operations.find((o) => o.path === "/widgets/{identifier}")).toMatchObject({
      operationId: "widgets_get",
      functionName: "getWidget",
      pathParameters: ["identifier"],
    });
  });

  it("warns when two operations get the same function name", () => {
    const naming = {
      ...NAMING,
      operations: {
        ...NAMING.operations,
        "GET /widgets/search": { operationId: "widgets_search", name: "listWidgets", kind: "list" },
      },
    };
    const { warnings } = describeTiny({}, naming);
    expect(warnings).toEqual(["function name listWidgets is used twice"]);
  });

  it("requires init when a query parameter is required", () => {
    const facts = factsOf("bolts_get", {
      "/bolts": {
        get: {
          operationId: "bolts_get",
          parameters: [{ name: "search", in: "query", type: "string", required: true }],
          responses: {},
        },
      },
    });
    expect(facts.needsInit).toBe(true);
  });
});

describe("deriveFunctionName", () => {
  it("turns an operationId into a camel-case name that starts with its method", () => {
    expect(deriveFunctionName("get_widgets__code_", "get")).toBe("getWidgetsCode");
    expect(deriveFunctionName("widgets_list", "get")).toBe("getWidgetsList");
    expect(deriveFunctionName("patch_widget", "patch")).toBe("patchWidget");
  });
});
