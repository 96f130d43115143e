import type { JsonObject, JsonValue } from "../../../../scripts/normalize/json-value.js";
import { repairRequestBodies } from "../../../../scripts/normalize/repairs/request-bodies.js";
import { convertedPaths, operationAt, TINY_RULES, valueAt } from "../tiny-description.js";

describe("repairRequestBodies", () => {
  it("requires every body except on the operations listed as taking an optional one", () => {
    const body = { name: "body", in: "body", schema: { type: "object" } };
    const document = repairRequestBodies(
      convertedPaths({
        "/widgets": { post: { operationId: "widgets_post", parameters: [body], responses: {} } },
        "/jobs": {
          post: {
            operationId: "launch_job",
            parameters: [{ ...body, required: true }],
            responses: {},
          },
        },
        "/ping": { post: { operationId: "ping", responses: {} } },
      }),
      TINY_RULES.optionalBodies,
    );
    expect(valueAt(operationAt(document, "/widgets", "post"), "requestBody/required")).toBe(true);
    expect(valueAt(operationAt(document, "/jobs", "post"), "requestBody/required")).toBe(false);
    expect(operationAt(document, "/ping", "post").requestBody).toBeUndefined();
  });
});

describe("repairRequestBodies on PATCH", () => {
  it("requires no property of a PATCH body, single or in a list, since the server merges", () => {
    const item = {
      type: "object",
      required: ["code", "label"],
      properties: { code: { type: "string" }, label: { type: "string" } },
    };
    const bodyOf = (schema: JsonObject): JsonValue[] => [{ name: "body", in: "body", schema }];
    const document = repairRequestBodies(
      convertedPaths({
        "/widgets/{code}": { patch: { parameters: bodyOf(item), responses: {} } },
        "/widgets": {
          patch: { parameters: bodyOf({ type: "array", items: item }), responses: {} },
          post: { parameters: bodyOf(item), responses: {} },
        },
      }),
      [],
    );
    const schemaOf = (path: string, method: string): unknown => {
      const content = valueAt(operationAt(document, path, method), "requestBody/content");
      return valueAt((content as Record<string, unknown>)["application/json"], "schema");
    };
    expect(valueAt(schemaOf("/widgets/{code}", "patch"), "required")).toBeUndefined();
    expect(valueAt(schemaOf("/widgets", "patch"), "items/required")).toBeUndefined();
    expect(valueAt(schemaOf("/widgets", "post"), "required")).toEqual(["code", "label"]);
  });
});
