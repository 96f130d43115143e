import type { JsonObject } from "../../../scripts/normalize/json-value.js";
import { diffDescriptions } from "../../../scripts/spec-diff/diff-descriptions.js";
import { countBreaking, formatReport } from "../../../scripts/spec-diff/format-report.js";

type Operation = JsonObject;

function document(paths: Record<string, Record<string, Operation>>, schemas: JsonObject = {}) {
  return { openapi: "3.1.0", paths, components: { schemas } } as JsonObject;
}

function json(schema: JsonObject): JsonObject {
  return { "application/json": { schema } };
}

const WIDGET: JsonObject = {
  type: "object",
  required: ["code"],
  properties: {
    code: { type: "string" },
    color: { type: "string", enum: ["red", "blue"] },
    size: { type: ["integer", "null"] },
  },
};

function getWidget(overrides: Operation = {}): Operation {
  return {
    operationId: "widgets_get",
    parameters: [
      { name: "code", in: "path", required: true, schema: { type: "string" } },
      { name: "locale", in: "query", schema: { type: "string" } },
    ],
    responses: {
      "200": { description: "OK", content: json({ $ref: "#/components/schemas/Widget" }) },
    },
    ...overrides,
  };
}

function patchWidget(body: JsonObject, mediaType = "application/json"): Operation {
  return {
    operationId: "widgets_patch",
    requestBody: { required: true, content: { [mediaType]: { schema: body } } },
    responses: { "204": { description: "No Content" } },
  };
}

function messagesOf(before: JsonObject, after: JsonObject): string[] {
  const diff = diffDescriptions(before, after);
  return [...diff.changed, ...diff.schemas].flatMap((entry) =>
    entry.changes.map((c) => `${c.breaking ? "!" : "~"} ${c.message}`),
  );
}

describe("diffDescriptions: operations", () => {
  it("lists removed and added operations by method and path, with their operationId", () => {
    const diff = diffDescriptions(
      document({ "/widgets/{code}": { get: getWidget() } }),
      document({ "/bolts": { get: { operationId: "bolts_get", responses: {} } } }),
    );
    expect(diff.removed).toEqual(["GET /widgets/{code} (widgets_get)"]);
    expect(diff.added).toEqual(["GET /bolts (bolts_get)"]);
    expect(diff.changed).toEqual([]);
    expect(countBreaking(diff)).toBe(1);
  });

  it("reports an operation that kept its operationId on a new path as moved", () => {
    const diff = diffDescriptions(
      document({ "/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET }),
      document({ "/v2/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET }),
    );
    expect(diff.removed).toEqual([]);
    expect(diff.added).toEqual([]);
    expect(diff.changed).toEqual([
      {
        before: "GET /widgets/{code} (widgets_get)",
        after: "GET /v2/widgets/{code} (widgets_get)",
        changes: [
          { breaking: true, message: "moved from GET /widgets/{code} to GET /v2/widgets/{code}" },
        ],
      },
    ]);
  });

  it("flags a renamed operationId on the same path", () => {
    expect(
      messagesOf(
        document({ "/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET }),
        document(
          { "/widgets/{code}": { get: getWidget({ operationId: "get_widget" }) } },
          { Widget: WIDGET },
        ),
      ),
    ).toEqual(["! operationId widgets_get → get_widget (the generated types and names follow it)"]);
  });

  it("finds nothing between a description and itself", () => {
    const same = document({ "/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET });
    expect(diffDescriptions(same, structuredClone(same)).changed).toEqual([]);
  });
});

describe("diffDescriptions: parameters", () => {
  const before = document({ "/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET });

  function withParameters(parameters: JsonObject[]): JsonObject {
    return document({ "/widgets/{code}": { get: getWidget({ parameters }) } }, { Widget: WIDGET });
  }
  const code = { name: "code", in: "path", required: true, schema: { type: "string" } };

  it("flags a new required parameter, and not a new optional one", () => {
    expect(
      messagesOf(
        before,
        withParameters([
          code,
          { name: "locale", in: "query", schema: { type: "string" } },
          { name: "scope", in: "query", required: true, schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer" } },
        ]),
      ),
    ).toEqual([
      "! query parameter scope: new required parameter",
      "~ query parameter limit: new optional parameter",
    ]);
  });

  it("flags a parameter that became required or was removed", () => {
    expect(
      messagesOf(
        before,
        withParameters([
          code,
          { name: "locale", in: "query", required: true, schema: { type: "string" } },
        ]),
      ),
    ).toEqual(["! query parameter locale: now required"]);
    expect(messagesOf(before, withParameters([code]))).toEqual([
      "! query parameter locale: removed",
    ]);
  });

  it("flags a parameter type that lost a type", () => {
    const loose = withParameters([
      code,
      { name: "locale", in: "query", schema: { type: ["string", "integer"] } },
    ]);
    expect(messagesOf(loose, before)).toEqual([
      "! query parameter locale: type string, integer lost integer",
    ]);
    expect(messagesOf(before, loose)).toEqual([
      "~ query parameter locale: type string gained integer",
    ]);
  });
});

describe("diffDescriptions: request bodies", () => {
  function withBody(body: JsonObject, mediaType?: string): JsonObject {
    return document(
      { "/widgets/{code}": { patch: patchWidget(body, mediaType) } },
      { Widget: WIDGET },
    );
  }
  const before = withBody({ $ref: "#/components/schemas/Widget" });

  it("flags a new required body property and a property that became required", () => {
    const after = withBody({
      type: "object",
      required: ["code", "color", "family"],
      properties: { ...(WIDGET.properties as JsonObject), family: { type: "string" } },
    });
    expect(messagesOf(before, after)).toEqual([
      "! body (application/json) color: now required",
      "! body (application/json) family: new required property",
    ]);
  });

  it("flags an enum that lost values, and not one that gained values", () => {
    const properties = WIDGET.properties as JsonObject;
    const narrowed = withBody({
      ...WIDGET,
      properties: { ...properties, color: { type: "string", enum: ["red"] } },
    });
    const widened = withBody({
      ...WIDGET,
      properties: { ...properties, color: { type: "string", enum: ["red", "blue", "green"] } },
    });
    expect(messagesOf(before, narrowed)).toEqual([
      "! body (application/json) color: enum lost blue",
    ]);
    expect(messagesOf(before, widened)).toEqual([
      "~ body (application/json) color: enum gained green",
    ]);
  });

  it("flags a property type that lost null, deep inside arrays", () => {
    const list = (size: JsonObject) =>
      withBody({ type: "array", items: { type: "object", properties: { size } } });
    expect(messagesOf(list({ type: ["integer", "null"] }), list({ type: "integer" }))).toEqual([
      "! body (application/json) [].size: type integer, null lost null",
    ]);
  });

  it("flags a removed body property and a body that became required", () => {
    const properties = { ...(WIDGET.properties as JsonObject) };
    delete properties.size;
    expect(messagesOf(before, withBody({ ...WIDGET, properties }))).toEqual([
      "! body (application/json) size: property removed",
    ]);
    const optional = patchWidget({ $ref: "#/components/schemas/Widget" });
    (optional.requestBody as JsonObject).required = false;
    const optionalBody = document({ "/widgets/{code}": { patch: optional } }, { Widget: WIDGET });
    expect(messagesOf(optionalBody, before)).toEqual(["! body: now required"]);
  });

  it("flags a changed request media type", () => {
    const ndjson = withBody(
      { type: "array", items: { $ref: "#/components/schemas/Widget" } },
      "application/vnd.akeneo.collection+json",
    );
    expect(messagesOf(before, ndjson)).toEqual([
      "! body: media type application/json → application/vnd.akeneo.collection+json",
    ]);
  });

  it("does not flag a media type added next to the old one", () => {
    const old = document({ "/t": { post: patchWidget({ type: "object" }) } });
    const both = patchWidget({ type: "object" });
    (both.requestBody as JsonObject).content = {
      "application/json": { schema: { type: "object" } },
      "application/x-www-form-urlencoded": { schema: { type: "object" } },
    };
    expect(messagesOf(old, document({ "/t": { post: both } }))).toEqual([
      "~ body: media type application/json → application/json, application/x-www-form-urlencoded",
    ]);
  });
});

describe("diffDescriptions: answers", () => {
  function withAnswer(widget: JsonObject, mediaType = "application/json"): JsonObject {
    const answer = {
      description: "OK",
      content: { [mediaType]: { schema: { $ref: "#/components/schemas/Widget" } } },
    };
    return document(
      { "/widgets/{code}": { get: getWidget({ responses: { "200": answer } }) } },
      { Widget: widget },
    );
  }
  const before = withAnswer(WIDGET);

  it("flags an answer that lost a property or may now hold null", () => {
    const properties = WIDGET.properties as JsonObject;
    const after = withAnswer({
      ...WIDGET,
      properties: { code: { type: ["string", "null"] }, size: properties.size ?? {} },
    });
    expect(messagesOf(before, after)).toEqual([
      "! schema Widget color: property removed",
      "! schema Widget code: type string gained null",
    ]);
  });

  it("flags a changed answer media type", () => {
    expect(messagesOf(before, withAnswer(WIDGET, "application/octet-stream"))).toEqual([
      "! answer 200: media type application/json → application/octet-stream",
    ]);
  });

  it("stops at recursive schemas", () => {
    const tree = {
      type: "object",
      properties: { children: { type: "array", items: { $ref: "#/components/schemas/Widget" } } },
    };
    expect(messagesOf(withAnswer(tree), withAnswer(tree))).toEqual([]);
  });
});

describe("formatReport", () => {
  it("prints sections, marks and a summary line with the counts", () => {
    const diff = diffDescriptions(
      document(
        {
          "/widgets/{code}": { get: getWidget() },
          "/old": { delete: { operationId: "old_delete", responses: {} } },
        },
        { Widget: WIDGET },
      ),
      document(
        {
          "/widgets/{code}": {
            get: getWidget({
              parameters: [
                { name: "code", in: "path", required: true, schema: { type: "string" } },
                { name: "locale", in: "query", schema: { type: "string" } },
                { name: "limit", in: "query", schema: { type: "integer" } },
              ],
            }),
          },
          "/new": { post: { operationId: "new_post", responses: {} } },
        },
        { Widget: WIDGET },
      ),
    );
    expect(formatReport(diff, "old.json", "new.json")).toBe(
      [
        "old: old.json (2 operations)",
        "new: new.json (2 operations)",
        "",
        "Removed operations, breaking (1)",
        "  ! DELETE /old (old_delete)",
        "",
        "Added operations (1)",
        "  + POST /new (new_post)",
        "",
        "Changed operations (1)",
        "  GET /widgets/{code} (widgets_get)",
        "    ~ query parameter limit: new optional parameter",
        "",
        "Changed shared schemas (0)",
        "  none",
        "",
        "Summary: 1 removed, 1 added, 1 changed operations, 0 changed shared schemas; 1 breaking changes (! breaks SDK users, ~ does not)",
        "",
      ].join("\n"),
    );
  });
});

describe("diffDescriptions: shared schemas", () => {
  const REF = { $ref: "#/components/schemas/Widget" };
  const LIST = {
    type: "object",
    properties: { items: { type: "array", items: REF } },
  };
  function withWidget(widget: JsonObject): JsonObject {
    return document(
      {
        "/widgets/{code}": { get: getWidget(), patch: patchWidget(REF) },
        "/widgets": {
          get: {
            operationId: "widgets_list",
            responses: {
              "200": { description: "OK", content: json({ $ref: "#/components/schemas/Page" }) },
            },
          },
        },
      },
      { Widget: widget, Page: LIST },
    );
  }
  const lessWidget = { ...WIDGET, properties: { code: { type: "string" } } };

  it("reports a change in a shared schema once per side, with every operation it reaches", () => {
    const diff = diffDescriptions(withWidget(WIDGET), withWidget(lessWidget));
    expect(diff.changed).toEqual([]);
    expect(diff.schemas).toEqual([
      {
        name: "Widget",
        side: "answer",
        operations: ["GET /widgets (widgets_list)", "GET /widgets/{code} (widgets_get)"],
        changes: [
          { breaking: true, message: "schema Widget color: property removed" },
          { breaking: true, message: "schema Widget size: property removed" },
        ],
      },
      {
        name: "Widget",
        side: "request",
        operations: ["PATCH /widgets/{code} (widgets_patch)"],
        changes: [
          { breaking: true, message: "schema Widget color: property removed" },
          { breaking: true, message: "schema Widget size: property removed" },
        ],
      },
    ]);
    expect(countBreaking(diff)).toBe(4);
  });

  it("prints a shared schema's change once, under the operations it reaches", () => {
    const report = formatReport(
      diffDescriptions(withWidget(WIDGET), withWidget(lessWidget)),
      "a",
      "b",
    );
    expect(report).toContain(
      [
        "Changed shared schemas (2)",
        "  Widget, answered by 2 operations:",
        "      GET /widgets (widgets_list)",
        "      GET /widgets/{code} (widgets_get)",
        "    ! schema Widget color: property removed",
        "    ! schema Widget size: property removed",
      ].join("\n"),
    );
    expect(report.match(/color: property removed/g)).toHaveLength(2);
  });

  it("notes an operationId the description renamed while the SDK keeps its own", () => {
    const renamed = getWidget({ "x-akeneo-source-operation-id": "get_widget_by_code" });
    expect(
      messagesOf(
        document({ "/widgets/{code}": { get: getWidget() } }, { Widget: WIDGET }),
        document({ "/widgets/{code}": { get: renamed } }, { Widget: WIDGET }),
      ),
    ).toEqual([
      "~ operationId widgets_get → get_widget_by_code in the description " +
        "(openapi/naming.json keeps the SDK's name for widgets_get)",
    ]);
  });
});
