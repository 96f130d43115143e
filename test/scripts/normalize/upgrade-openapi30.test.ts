import { upgradeOpenApi30 } from "../../../scripts/normalize/upgrade-openapi30.js";
import { valueAt } from "./tiny-description.js";

function answerOf(schema: object, extra: object = {}) {
  return upgradeOpenApi30({
    openapi: "3.0.3",
    paths: {
      "/widgets": {
        get: {
          responses: {
            "200": {
              description: "OK",
              content: { "application/json": { schema, ...extra } },
            },
          },
        },
      },
    },
  } as never);
}

describe("upgradeOpenApi30", () => {
  it("writes nullable as a null type and a null enum member", () => {
    const document = answerOf({
      type: "object",
      properties: {
        label: { type: "string", nullable: true },
        status: { type: "string", enum: ["on", "off"], nullable: true },
        either: { type: ["string", "integer"], nullable: true },
        plain: { type: "string", nullable: false },
      },
    });
    expect(valueAt(schemaOfWidgets(document), "properties")).toEqual({
      label: { type: ["string", "null"] },
      status: { type: ["string", "null"], enum: ["on", "off", null] },
      either: { type: ["string", "integer", "null"] },
      plain: { type: "string" },
    });
  });

  it("converts boolean exclusiveMinimum and exclusiveMaximum to 3.1 numeric bounds", () => {
    const document = answerOf({
      type: "object",
      properties: {
        above: { type: "number", minimum: 0, exclusiveMinimum: true },
        below: { type: "number", maximum: 10, exclusiveMaximum: true },
        inclusive: { type: "number", minimum: 1, exclusiveMinimum: false },
      },
    });
    expect(valueAt(schemaOfWidgets(document), "properties")).toEqual({
      above: { type: "number", exclusiveMinimum: 0 },
      below: { type: "number", exclusiveMaximum: 10 },
      inclusive: { type: "number", minimum: 1 },
    });
  });

  it("never walks into example data, defaults or enum members", () => {
    const recorded = { nullable: true, type: "string", exclusiveMinimum: true, minimum: 3 };
    const document = answerOf(
      {
        type: "object",
        default: { nullable: true, type: "string" },
        enum: [{ nullable: true, type: "string" }],
        example: recorded,
      },
      { example: recorded, examples: { one: { value: recorded } } },
    );
    const schema = schemaOfWidgets(document);
    expect(valueAt(schema, "example")).toEqual(recorded);
    expect(valueAt(schema, "default")).toEqual({ nullable: true, type: "string" });
    expect(valueAt(schema, "enum")).toEqual([{ nullable: true, type: "string" }]);
    const media = valueAt(document, "paths");
    expect(JSON.stringify(media)).toContain('"example":{"nullable":true');
    expect(JSON.stringify(media)).toContain('"value":{"nullable":true');
  });

  it("declares the document 3.1.0", () => {
    expect(answerOf({ type: "string" }).openapi).toBe("3.1.0");
  });
});

function schemaOfWidgets(document: object): unknown {
  const paths = valueAt(document, "paths") as Record<string, unknown>;
  const content = valueAt(paths["/widgets"], "get/responses/200/content") as Record<
    string,
    unknown
  >;
  return valueAt(content["application/json"], "schema");
}
