import { normalizeDescription } from "../../../scripts/normalize/normalize-description.js";
import { validateDescription } from "../../../scripts/normalize/validate-description.js";
import {
  answerSchema,
  operationAt,
  swaggerDescription,
  TINY_NAMING,
  TINY_RULES,
  valueAt,
} from "./tiny-description.js";

const WIDGET = {
  type: "object",
  description: "A widget, in Akeneo's words",
  properties: { code: { type: "string" }, updated: { type: "string", format: "dateTime" } },
};

function tiny() {
  return swaggerDescription(
    {
      "/api/rest/v1/widgets/{code}": {
        get: {
          operationId: "widgets_get",
          summary: "Get a widget",
          tags: ["Widget"],
          parameters: [
            { name: "code", in: "path", type: "string", description: "Code of the widget" },
            { name: "Authorization", in: "header", type: "string" },
          ],
          responses: {
            "200": {
              description: "Return the widget",
              schema: WIDGET,
              examples: { code: "blue", updated: "2024-01-01T00:00:00+00:00" },
            },
            "404": { description: "Not found", schema: { type: "object" } },
          },
        },
      },
    },
    { host: "demo.example.com", basePath: "/", schemes: ["https"] },
  );
}

describe("normalizeDescription", () => {
  it("writes an OpenAPI 3.1 document of our own with a relative server and no host", () => {
    const { document } = normalizeDescription(tiny(), TINY_RULES, TINY_NAMING);
    expect(document.openapi).toBe("3.1.0");
    expect(document.servers).toEqual([{ url: "/" }]);
    expect(JSON.stringify(document)).not.toContain("demo.example.com");
    expect(valueAt(document, "info/title")).toBe(
      "Akeneo PIM REST API (normalized by akeneo-pim-sdk)",
    );
  });

  it("applies the repairs in order: named schema, date-time, error body, bearer, our summary", () => {
    const { document } = normalizeDescription(tiny(), TINY_RULES, TINY_NAMING);
    const operation = operationAt(document, "/api/rest/v1/widgets/{code}", "get");
    expect(answerSchema(operation, "200")).toEqual({ $ref: "#/components/schemas/Widget" });
    expect(valueAt(document, "components/schemas/Widget")).toEqual({
      type: "object",
      properties: { code: { type: "string" }, updated: { type: "string", format: "date-time" } },
    });
    expect(answerSchema(operation, "404")).toEqual({ $ref: "#/components/schemas/ErrorBody" });
    expect(document.security).toEqual([{ bearerAuth: [] }]);
    expect(operation.summary).toBe("Get widget");
    expect(operation.parameters).toEqual([
      { name: "code", in: "path", required: true, schema: { type: "string" } },
    ]);
  });

  it("keys the answer example by media type", () => {
    const { document } = normalizeDescription(tiny(), TINY_RULES, TINY_NAMING);
    const content = valueAt(
      operationAt(document, "/api/rest/v1/widgets/{code}", "get"),
      "responses/200/content",
    );
    expect(Object.keys(content as object)).toEqual(["application/json"]);
    expect(valueAt((content as Record<string, unknown>)["application/json"], "example")).toEqual({
      code: "blue",
      updated: "2024-01-01T00:00:00+00:00",
    });
  });

  it("does not change the loaded description", () => {
    const loaded = tiny();
    const before = JSON.stringify(loaded.document);
    normalizeDescription(loaded, TINY_RULES, TINY_NAMING);
    expect(JSON.stringify(loaded.document)).toBe(before);
  });

  it("warns about a named schema whose source is missing", () => {
    const naming = {
      ...TINY_NAMING,
      schemas: {
        ...TINY_NAMING.schemas,
        Bolt: { operation: "bolts_get", at: "response" as const },
      },
    };
    const { warnings } = normalizeDescription(tiny(), TINY_RULES, naming);
    expect(warnings).toEqual(["named schema Bolt: its source is not in this description"]);
  });
});

describe("validateDescription", () => {
  it("finds no error in a normalized fixture", async () => {
    const { document } = normalizeDescription(tiny(), TINY_RULES, TINY_NAMING);
    const problems = await validateDescription(document);
    expect(problems.filter((p) => p.severity === "error")).toEqual([]);
  });

  it("reports an invalid document as errors with their place", async () => {
    const problems = await validateDescription({
      openapi: "3.1.0",
      info: { title: "t", version: "1" },
      paths: { "/widgets": { get: { responses: { "200": { content: {} } } } } },
    });
    const errors = problems.filter((p) => p.severity === "error");
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.map((p) => p.pointer).join(" ")).toContain("/paths/~1widgets/get/responses/200");
  });
});
