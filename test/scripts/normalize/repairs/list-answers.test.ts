import { repairListAnswers } from "../../../../scripts/normalize/repairs/list-answers.js";
import { answerSchema, convertedPaths, operationAt, valueAt } from "../tiny-description.js";

const WIDGET = { type: "object", properties: { code: { type: "string" } } };
const LINKS_ONLY = {
  type: "object",
  properties: { _links: { type: "object", properties: { self: { type: "object" } } } },
};

function fixture() {
  return convertedPaths({
    "/widgets": {
      get: {
        parameters: [
          { name: "search_after", in: "query", type: "string", default: "cursor" },
          { name: "page", in: "query", type: "integer", default: 1 },
        ],
        responses: {
          "200": {
            schema: {
              allOf: [
                {
                  type: "object",
                  properties: {
                    _links: { type: "object" },
                    current_page: { type: "integer" },
                  },
                },
                {
                  type: "object",
                  properties: {
                    _embedded: {
                      type: "object",
                      properties: {
                        items: { type: "array", items: { allOf: [LINKS_ONLY, WIDGET] } },
                      },
                    },
                  },
                },
              ],
            },
          },
        },
      },
    },
    "/widgets/search": {
      post: {
        parameters: [
          {
            name: "body",
            in: "body",
            schema: {
              type: "object",
              properties: { with_quality_scores__products: { type: "boolean" } },
            },
          },
        ],
        responses: { "200": { schema: WIDGET } },
      },
    },
  });
}

describe("repairListAnswers", () => {
  it("rewrites a list answer into the canonical page with items_count", () => {
    const schema = answerSchema(
      operationAt(repairListAnswers(fixture()), "/widgets", "get"),
      "200",
    );
    expect(schema).toEqual({
      type: "object",
      required: ["_links", "_embedded"],
      properties: {
        _links: { $ref: "#/components/schemas/ListLinks" },
        current_page: { type: "integer" },
        items_count: { type: "integer" },
        _embedded: {
          type: "object",
          required: ["items"],
          properties: {
            items: {
              type: "array",
              items: { allOf: [{ $ref: "#/components/schemas/ItemLinks" }, WIDGET] },
            },
          },
        },
      },
    });
  });

  it("reads a list whose items Akeneo's description calls _items as items, example included", () => {
    const document = repairListAnswers(
      convertedPaths({
        "/bolts": {
          get: {
            responses: {
              "200": {
                schema: {
                  type: "object",
                  properties: {
                    _links: { type: "object" },
                    _embedded: {
                      type: "object",
                      properties: { _items: { type: "array", items: WIDGET } },
                    },
                  },
                },
                examples: { _links: {}, _embedded: { _items: [{ code: "a" }] } },
              },
            },
          },
        },
      }),
    );
    const operation = operationAt(document, "/bolts", "get");
    expect(valueAt(answerSchema(operation, "200"), "properties/_embedded")).toEqual({
      type: "object",
      required: ["items"],
      properties: { items: { type: "array", items: WIDGET } },
    });
    const content = valueAt(operation, "responses/200/content") as Record<string, unknown>;
    expect(valueAt(content["application/json"], "example/_embedded")).toEqual({
      items: [{ code: "a" }],
    });
  });

  it("removes the invented search_after default and keeps other defaults", () => {
    const operation = operationAt(repairListAnswers(fixture()), "/widgets", "get");
    expect(valueAt(operation, "parameters/0/schema")).toEqual({ type: "string" });
    expect(valueAt(operation, "parameters/1/schema")).toEqual({ type: "integer", default: 1 });
  });

  it("renames with_quality_scores__products to with_quality_scores", () => {
    const operation = operationAt(repairListAnswers(fixture()), "/widgets/search", "post");
    const content = valueAt(operation, "requestBody/content") as Record<string, unknown>;
    expect(valueAt(content["application/json"], "schema/properties")).toEqual({
      with_quality_scores: { type: "boolean" },
    });
  });

  it("leaves an answer that is not a list alone and declares the link schemas", () => {
    const document = repairListAnswers(fixture());
    expect(answerSchema(operationAt(document, "/widgets/search", "post"), "200")).toEqual(WIDGET);
    expect(valueAt(document, "components/schemas/Link/required")).toEqual(["href"]);
    expect(valueAt(document, "components/schemas/ListLinks/properties/next")).toEqual({
      $ref: "#/components/schemas/Link",
    });
  });
});
