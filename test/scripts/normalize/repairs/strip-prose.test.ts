import type { JsonObject } from "../../../../scripts/normalize/json-value.js";
import { namesByOperationId } from "../../../../scripts/normalize/operation-names.js";
import { repairMediaTypes } from "../../../../scripts/normalize/repairs/media-types.js";
import { stripProse } from "../../../../scripts/normalize/repairs/strip-prose.js";
import { writeSummaries } from "../../../../scripts/normalize/repairs/summaries.js";
import { convertedPaths, operationAt, TINY_NAMING, valueAt } from "../tiny-description.js";

function fixture() {
  return convertedPaths({
    "/widgets/{code}": {
      get: {
        operationId: "widgets_get",
        summary: "Get a widget",
        description: "Long prose",
        "x-doc-note": "more prose",
        "x-ee": true,
        parameters: [{ name: "code", in: "path", type: "string", description: "The code" }],
        responses: {
          "200": {
            description: "Return the widget",
            schema: {
              type: "object",
              title: "Widget",
              description: "A widget",
              example: { code: "a" },
              "x-read-only": true,
              properties: {
                description: { type: "string", description: "its description" },
                title: { type: "string" },
              },
            },
            examples: { code: "a", description: "Blue widget", title: null, "x-tag": 1 },
          },
          "404": { description: "Not there" },
        },
      },
    },
  });
}

describe("stripProse", () => {
  it("removes summaries, descriptions, titles and schema examples", () => {
    const operation = operationAt(stripProse(fixture()), "/widgets/{code}", "get");
    expect(operation.summary).toBeUndefined();
    expect(operation.description).toBeUndefined();
    expect(valueAt(operation, "parameters/0")).toEqual({
      name: "code",
      in: "path",
      required: true,
      schema: { type: "string" },
    });
    const content = valueAt(operation, "responses/200/content") as Record<string, unknown>;
    expect(valueAt(content["application/json"], "schema")).toEqual({
      type: "object",
      "x-read-only": true,
      properties: { description: { type: "string" }, title: { type: "string" } },
    });
  });

  it("keeps the fact-bearing extensions and drops the others", () => {
    const operation = operationAt(stripProse(fixture()), "/widgets/{code}", "get");
    expect(operation["x-ee"]).toBe(true);
    expect(operation["x-doc-note"]).toBeUndefined();
  });

  it("writes standard reason phrases as response descriptions", () => {
    const operation = operationAt(stripProse(fixture()), "/widgets/{code}", "get");
    expect(valueAt(operation, "responses/200/description")).toBe("OK");
    expect(valueAt(operation, "responses/404/description")).toBe("Not Found");
  });

  it("keeps a response example under its media type exactly as recorded", () => {
    const operation = operationAt(stripProse(fixture()), "/widgets/{code}", "get");
    const content = valueAt(operation, "responses/200/content") as Record<string, unknown>;
    expect(valueAt(content["application/json"], "example")).toEqual({
      code: "a",
      description: "Blue widget",
      title: null,
      "x-tag": 1,
    });
  });

  it("leaves no Akeneo prose once our summaries are written", () => {
    const document = writeSummaries(
      repairMediaTypes(stripProse(fixture())),
      namesByOperationId(TINY_NAMING.operations),
    );
    const operation = operationAt(document, "/widgets/{code}", "get");
    expect(operation.summary).toBe("Get widget");
    const text = JSON.stringify(document);
    for (const prose of ["Get a widget", "Long prose", "more prose", "The code", "A widget"]) {
      expect(text).not.toContain(prose);
    }
  });
});

describe("stripProse on OpenAPI 3.1 traits", () => {
  it("gives the shared answers of components.responses the description OpenAPI requires", () => {
    const document = stripProse({
      openapi: "3.1.0",
      paths: {},
      components: {
        responses: {
          Created: { description: "Akeneo's prose about creation" },
          "404": { description: "Akeneo's prose about absence" },
        },
      },
    });
    expect(valueAt(document, "components/responses")).toEqual({
      Created: { description: "Created" },
      "404": { description: "Not Found" },
    });
  });

  it("keeps the NDJSON line schema of a media type, stripped of its prose", () => {
    const document = stripProse({
      openapi: "3.1.0",
      paths: {
        "/widgets": {
          patch: {
            requestBody: {
              content: {
                "application/vnd.akeneo.collection+json": {
                  schema: { type: "string" },
                  "x-body-by-line-schema": { type: "object", description: "One widget per line" },
                  "x-doc-hint": "prose",
                },
              },
            },
            responses: {},
          },
        },
      },
    });
    const media = (operationAt(document, "/widgets", "patch").requestBody as JsonObject)
      .content as JsonObject;
    expect(media["application/vnd.akeneo.collection+json"]).toEqual({
      schema: { type: "string" },
      "x-body-by-line-schema": { type: "object" },
    });
  });
});

describe("writeSummaries", () => {
  it("leaves an operation the naming map does not know without a summary", () => {
    const document = writeSummaries(
      convertedPaths({ "/bolts": { get: { operationId: "bolts_get", responses: {} } } }),
      namesByOperationId(TINY_NAMING.operations),
    );
    expect(operationAt(document, "/bolts", "get").summary).toBeUndefined();
  });
});
