import type { OperationFacts } from "../../../scripts/generate/describe-operations.js";
import { emitEndpoints } from "../../../scripts/generate/emit-endpoints.js";
import { emitFacadeOperations } from "../../../scripts/generate/emit-facade-operations.js";
import { GENERATED_HEADER } from "../../../scripts/generate/emit-header.js";
import { emitIndex } from "../../../scripts/generate/emit-index.js";
import { emitOperations } from "../../../scripts/generate/emit-operations.js";

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
  const text = emitEndpoints([UPSERT_LIST, GET, DOWNLOAD, LIST]);

  it("starts with the generated line and writes functions sorted by name", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    const names = [...text.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
    expect(names).toEqual(["downloadWidgetFile", "getWidget", "listWidgets", "upsertWidgets"]);
  });

  it("gives the same bytes whatever the input order", () => {
    expect(emitEndpoints([LIST, DOWNLOAD, GET, UPSERT_LIST])).toBe(text);
  });

  it("writes one thin call per operation, with init optional only when nothing is required", () => {
    expect(text).toContain(
      [
        'export function getWidget(client: AkeneoFetchClient, init: EndpointInit<operations["widgets_get"]>): EndpointResult<operations["widgets_get"]> {',
        '  return client.GET("/widgets/{code}", init);',
        "}",
      ].join("\n"),
    );
    expect(text).toContain('init: EndpointInit<operations["widgets_get_list"]> = {}');
  });

  it("streams NDJSON batches with the collection content type, and downloads", () => {
    expect(text).toContain(
      'return client.PATCH("/widgets", { ...init, headers: { ...init.headers, "Content-Type": "application/vnd.akeneo.collection+json" }, parseAs: "stream" });',
    );
    expect(text).toContain('StreamEndpointResult<operations["patch_widgets"]>');
    expect(text).toContain(
      'return client.GET("/widgets/{code}/download", { ...init, parseAs: "stream" });',
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

describe("emitIndex", () => {
  it("re-exports the endpoints, the table and every named model in sorted order", () => {
    const text = emitIndex(["Widget", "ErrorBody", "Bolt"]);
    expect(text).toBe(
      [
        GENERATED_HEADER,
        'export * from "./endpoints.js";',
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
  const text = emitFacadeOperations([UPSERT_LIST, GET, DOWNLOAD, LIST]);

  it("keys what each facade method needs by facade method, sorted, as a constant", () => {
    expect(text.split("\n")[0]).toBe(GENERATED_HEADER);
    const keys = [...text.matchAll(/^ {2}"([\w.]+)": \{/gm)].map((m) => m[1]);
    expect(keys).toEqual(["widgets.get", "widgets.listPerPage", "widgets.upsertList"]);
    expect(text).toContain("} as const;");
    expect(text).toContain("export type FacadeMethodName = keyof typeof FACADE_OPERATIONS;");
  });

  it("writes the path template, path parameters, kind, paging and batch style of each", () => {
    expect(text).toContain(
      [
        '  "widgets.listPerPage": {',
        '    operationId: "widgets_get_list",',
        '    functionName: "listWidgets",',
        '    method: "GET",',
        '    path: "/widgets",',
        "    pathParameters: [],",
        '    queryParameters: ["page"],',
        '    kind: "list",',
        '    pagination: "page",',
        '    batch: "none",',
        "  },",
      ].join("\n"),
    );
    expect(text).toContain('    pathParameters: ["code"],');
    expect(text).toContain('    batch: "ndjson",');
  });

  it("leaves out an operation the naming map gives no facade method", () => {
    expect(text).not.toContain("widget_download");
  });
});
