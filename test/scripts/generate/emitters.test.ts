import type { OperationFacts } from "../../../scripts/generate/describe-operations.js";
import { emitEndpoints } from "../../../scripts/generate/emit-endpoints.js";
import {
  emitFacadeOperations,
  facadeOperationConstant,
} from "../../../scripts/generate/emit-facade-operations.js";
import { GENERATED_HEADER } from "../../../scripts/generate/emit-header.js";
import { emitIndex } from "../../../scripts/generate/emit-index.js";
import {
  type OperationTypes,
  operationsWithRequiredParameters,
} from "../../../scripts/generate/emit-operation-types.js";
import { emitOperations } from "../../../scripts/generate/emit-operations.js";
import { emitRuntimeFacts } from "../../../scripts/generate/emit-runtime-facts.js";

function facts(overrides: Partial<OperationFacts>): OperationFacts {
  return {
    operationId: "widgets_get",
    functionName: "getWidget",
    method: "GET",
    path: "/widgets/{code}",
    tag: "Widget",
    kind: "get",
    pagination: "none",
    batch: "none",
    requestMediaType: null,
    responseMediaType: "application/json",
    pathParameters: ["code"],
    queryParameters: [],
    authentication: "bearer",
    needsInit: true,
    facade: "widgets.get",
    enterpriseOnly: false,
    saasOnly: false,
    appToken: false,
    deprecated: false,
    referenceUrl: "https://api.akeneo.com/api-reference.html#widgets_get",
    ...overrides,
  };
}

const GET = facts({});
const LIST = facts({
  operationId: "widgets_get_list",
  functionName: "listWidgets",
  path: "/widgets",
  kind: "list",
  pagination: "page",
  pathParameters: [],
  queryParameters: ["page"],
  needsInit: false,
  facade: "widgets.listPerPage",
});
const UPSERT_LIST = facts({
  operationId: "patch_widgets",
  functionName: "upsertWidgets",
  method: "PATCH",
  path: "/widgets",
  kind: "upsertList",
  batch: "ndjson",
  requestMediaType: "application/vnd.akeneo.collection+json",
  facade: "widgets.upsertList",
  enterpriseOnly: true,
  deprecated: true,
});
const DOWNLOAD = facts({
  operationId: "widget_download",
  functionName: "downloadWidgetFile",
  path: "/widgets/{code}/download",
  kind: "download",
  responseMediaType: "*/*",
  authentication: "none",
  facade: null,
});

describe("emitEndpoints", () => {
  const types = new Map<string, OperationTypes>([
    [
      "widgets_get",
      { answer: { data: "Widget", error: "ErrorBody" }, error: "ErrorBody", paramsRequired: true },
    ],
    ["patch_widgets", { body: { type: "WidgetWrite[]", optional: false }, error: "ErrorBody" }],
    ["widget_download", { error: "ErrorBody", paramsRequired: true }],
  ]);
  const text = emitEndpoints([UPSERT_LIST, GET, DOWNLOAD, LIST], types);

  it("starts with the generated line and writes functions sorted by name", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    const names = [...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual(["downloadWidgetFile", "getWidget", "listWidgets", "upsertWidgets"]);
  });

  it("gives the same bytes whatever the input order", () => {
    expect(emitEndpoints([LIST, DOWNLOAD, GET, UPSERT_LIST], types)).toBe(text);
  });

  it("writes one thin call per operation, typed by our own init and result types", () => {
    expect(text).toContain(
      [
        'export function getWidget(client: RawClient, init: EndpointCallInit & { params: operations["widgets_get"]["parameters"]; body?: never }): JsonEndpointResult<Widget, ErrorBody> {',
        '  return (client as FetchClient).GET("/widgets/{code}", init);',
        "}",
      ].join("\n"),
    );
  });

  it("makes params optional unless a parameter is required, and init optional when nothing is", () => {
    expect(text).toContain(
      'init: EndpointCallInit & { params?: operations["widgets_get_list"]["parameters"]; body?: never } = {}',
    );
  });

  it("types an answer it could not name as unknown data and unknown error", () => {
    expect(text).toContain("JsonEndpointResult<unknown, unknown> {");
  });

  it("names openapi-fetch only in the type the calls are made through, never in an export", () => {
    const exported = text.split("\n").filter((line) => line.startsWith("export "));
    expect(exported.join("\n")).not.toMatch(/Client<|FetchOptions|FetchResponse|FetchClient/);
    expect(text).toContain('import type { Client } from "openapi-fetch";');
    expect(text).toContain("type FetchClient = Client<paths>;");
    expect(text).toContain("export interface RawClient {");
  });

  it("imports the models and operation types it names", () => {
    expect(text).toContain('import type { ErrorBody, Widget } from "./models.js";');
    expect(text).toContain('import type { UpsertWidgetsBody } from "./operation-types.js";');
  });

  it("streams NDJSON batches with the collection content type, and downloads", () => {
    expect(text).toContain(
      'return (client as FetchClient).PATCH("/widgets", { ...init, headers: { ...init.headers, "Content-Type": "application/vnd.akeneo.collection+json" }, parseAs: "stream" });',
    );
    expect(text).toContain(
      'init: EndpointCallInit & { params?: operations["patch_widgets"]["parameters"]; body: UpsertWidgetsBody }): StreamEndpointResult<ErrorBody> {',
    );
    expect(text).toContain(
      'return (client as FetchClient).GET("/widgets/{code}/download", { ...init, parseAs: "stream" });',
    );
  });

  it("falls back on openapi-typescript's body type when none was resolved", () => {
    const post = facts({
      operationId: "widgets_post",
      functionName: "createWidget",
      method: "POST",
      path: "/widgets",
      requestMediaType: "application/json",
    });
    expect(emitEndpoints([post])).toContain(
      'body: NonNullable<operations["widgets_post"]["requestBody"]>["content"]["application/json"] }',
    );
  });

  it("writes doc comments from facts with a reference link", () => {
    expect(text).toContain(
      [
        "/**",
        " * `PATCH /widgets` (Widget).",
        " * Enterprise Edition only. Sends one JSON object per line; answers one result per line (a stream).",
        " * @deprecated Akeneo marks this operation deprecated.",
        " * @see https://api.akeneo.com/api-reference.html#widgets_get",
        " */",
      ].join("\n"),
    );
    expect(text).toContain(" * Needs no token. Answers the file's bytes as a stream.");
  });
});

describe("operationsWithRequiredParameters", () => {
  it("lists the operations with a parameter not marked optional", () => {
    const schema = `export interface operations {
      widgets_get: { parameters: { query?: { page?: number }; header?: never; path: { code: string }; cookie?: never } };
      widgets_search: { parameters: { query: { search: string }; header?: never; path?: never; cookie?: never } };
      widgets_list: { parameters: { query?: { page?: number }; header?: never; path?: never; cookie?: never } };
      "widgets_quoted": { parameters: { path: { code: string } } };
    }`;
    expect([...operationsWithRequiredParameters(schema)].sort()).toEqual([
      "widgets_get",
      "widgets_quoted",
      "widgets_search",
    ]);
  });
});

describe("emitOperations", () => {
  const text = emitOperations([UPSERT_LIST, GET, DOWNLOAD, LIST]);

  it("starts with the generated line and lists rows sorted by operationId", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    const ids = [...text.matchAll(/^ {4}operationId: "(\w+)",/gm)].map((m) => m[1]);
    expect(ids).toEqual(["patch_widgets", "widget_download", "widgets_get", "widgets_get_list"]);
    expect(emitOperations([LIST, GET, DOWNLOAD, UPSERT_LIST])).toBe(text);
  });

  it("writes each row as plain data without the emitter-only needsInit fact", () => {
    const table = text.slice(text.indexOf("export const OPERATIONS"));
    expect(table).toContain('    batch: "ndjson",\n');
    expect(table).toContain('    queryParameters: ["page"],\n');
    expect(table).toContain("    enterpriseOnly: true,\n");
    expect(table).not.toContain("needsInit");
  });
});

describe("emitRuntimeFacts", () => {
  const text = emitRuntimeFacts([UPSERT_LIST, GET, DOWNLOAD, LIST]);

  it("lists each endpoint function by name and reference, nothing more, sorted by name", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    expect(text).toContain(
      'import { downloadWidgetFile, getWidget, listWidgets, upsertWidgets } from "./endpoints.js";',
    );
    const rows = [...text.matchAll(/^ {2}\{ name: "(\w+)", endpoint: (\w+) \},$/gm)];
    expect(rows.map((row) => [row[1], row[2]])).toEqual([
      ["downloadWidgetFile", "downloadWidgetFile"],
      ["getWidget", "getWidget"],
      ["listWidgets", "listWidgets"],
      ["upsertWidgets", "upsertWidgets"],
    ]);
    expect(emitRuntimeFacts([LIST, GET, DOWNLOAD, UPSERT_LIST])).toBe(text);
  });

  it("lists only the operations that do not take the bearer token, with how they authenticate", () => {
    const exceptions = text.slice(text.indexOf("export const NON_BEARER_OPERATIONS"));
    expect(exceptions).toContain(
      '  { method: "GET", path: "/widgets/{code}/download", authentication: "none" },',
    );
    expect(exceptions.match(/method:/g)).toHaveLength(1);
  });
});

describe("emitIndex", () => {
  it("re-exports the table and every named model in sorted order, and no endpoint function", () => {
    const text = emitIndex(["Widget", "ErrorBody", "Bolt"]);
    expect(text).toBe(
      [
        GENERATED_HEADER,
        'export * from "./operations.js";',
        'export type { components, operations, paths } from "./schema.js";',
        "export type {",
        "  Bolt,",
        "  ErrorBody,",
        "  Widget,",
        '} from "./models.js";',
        "",
      ].join("\n"),
    );
  });
});

describe("emitFacadeOperations", () => {
  const text = emitFacadeOperations(
    [UPSERT_LIST, GET, DOWNLOAD, LIST],
    ["widgets.get", "widgets.listPerPage", "widgets.upsertList", "gadgets.get", "gadgets.delete"],
  );

  it("names each facade method's constant after it", () => {
    expect(facadeOperationConstant("products.get")).toBe("PRODUCTS_GET");
    expect(facadeOperationConstant("catalogMapped.models.listPerPage")).toBe(
      "CATALOG_MAPPED_MODELS_LIST_PER_PAGE",
    );
  });

  it("writes one constant per facade method, sorted, each with a comment from its facts", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    const constants = [...text.matchAll(/^export const (\w+) = \{/gm)].map((m) => m[1]);
    expect(constants).toEqual([
      "WIDGETS_GET",
      "WIDGETS_LIST_PER_PAGE",
      "WIDGETS_UPSERT_LIST",
      "GADGETS_DELETE",
      "GADGETS_GET",
      "FACADE_OPERATIONS",
    ]);
    expect(text).toContain(
      "/** `widgets.get`: GET /widgets/{code}, through `getWidget`. */\nexport const WIDGETS_GET = {",
    );
  });

  it("writes the endpoint function, path, path parameters, paging, limit, query and body of each, nothing more", () => {
    expect(text).toContain(
      [
        "export const WIDGETS_LIST_PER_PAGE = {",
        "  endpoint: listWidgets,",
        '  path: "/widgets",',
        "  pathParameters: [],",
        '  pagination: "page",',
        "  takesLimit: false,",
        "  takesQuery: true,",
        "  takesBody: false,",
        "} as const;",
      ].join("\n"),
    );
    expect(text).toContain('  pathParameters: ["code"],');
    expect(text).toMatch(/WIDGETS_UPSERT_LIST = \{[^}]*takesQuery: false,\n {2}takesBody: true,/);
    const withLimit = emitFacadeOperations(
      [{ ...LIST, queryParameters: ["search_after", "limit"], pagination: "search_after" }],
      [],
    );
    expect(withLimit).toContain('  pagination: "search_after",\n  takesLimit: true,');
    expect(text).not.toContain("operationId");
  });

  it("leaves out an operation the naming map gives no facade method", () => {
    expect(text).not.toContain("widget_download");
    expect(text).not.toContain("downloadWidgetFile");
  });

  it("imports the endpoint functions from endpoints.ts and gathers the constants by facade method", () => {
    expect(text).toContain(
      'import { getWidget, listWidgets, upsertWidgets } from "./endpoints.js";',
    );
    expect(text).toContain(
      [
        "export const FACADE_OPERATIONS = {",
        '  "widgets.get": WIDGETS_GET,',
        '  "widgets.listPerPage": WIDGETS_LIST_PER_PAGE,',
        '  "widgets.upsertList": WIDGETS_UPSERT_LIST,',
        "} as const;",
      ].join("\n"),
    );
    expect(text).toContain("export type FacadeMethodName = keyof typeof FACADE_OPERATIONS;");
  });

  it("marks the facade methods the naming map knows and the description lacks, and lists them sorted", () => {
    expect(text).toContain(
      'export const GADGETS_GET = { facadeMethod: "gadgets.get", absent: true } as const;',
    );
    expect(text).toContain(
      'export const ABSENT_FACADE_METHODS = ["gadgets.delete", "gadgets.get"] as const;',
    );
    expect(text).toContain(
      "export type AbsentFacadeMethod = (typeof ABSENT_FACADE_METHODS)[number];",
    );
  });

  it("lists no absent facade method when the description has every one named", () => {
    const full = emitFacadeOperations([GET, LIST], ["widgets.get", "widgets.listPerPage"]);
    expect(full).toContain("export const ABSENT_FACADE_METHODS = [] as const;");
    expect(full).not.toContain("absent: true");
  });

  it("refuses two facade methods that would share a constant", () => {
    expect(() => emitFacadeOperations([GET, { ...LIST, facade: "widgetsGet" }], [])).toThrow(
      "facade methods widgets.get and widgetsGet would share the constant WIDGETS_GET",
    );
  });
});
