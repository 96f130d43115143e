import type { JsonObject, JsonValue } from "../../../../scripts/normalize/json-value.js";
import { repairNullableFromExamples } from "../../../../scripts/normalize/repairs/nullable-from-examples.js";
import { answerSchema, convertedPaths, operationAt, valueAt } from "../tiny-description.js";

function repaired(schema: JsonObject, examples: JsonValue): unknown {
  const document = repairNullableFromExamples(
    convertedPaths({ "/widgets": { get: { responses: { "200": { schema, examples } } } } }),
  );
  return answerSchema(operationAt(document, "/widgets", "get"), "200");
}

describe("repairNullableFromExamples", () => {
  it("makes a property nullable where the answer example shows null", () => {
    const schema = repaired(
      { type: "object", properties: { parent: { type: "string" }, code: { type: "string" } } },
      { parent: null, code: "a" },
    );
    expect(valueAt(schema, "properties")).toEqual({
      parent: { type: ["string", "null"] },
      code: { type: "string" },
    });
  });

  it("follows arrays, allOf parts and maps down to the null", () => {
    const schema = repaired(
      {
        type: "array",
        items: {
          allOf: [
            {
              type: "object",
              properties: {
                labels: { type: "object", additionalProperties: { type: "string" } },
              },
            },
          ],
        },
      },
      [{ labels: { en_US: null } }],
    );
    expect(valueAt(schema, "items/allOf/0/properties/labels/additionalProperties")).toEqual({
      type: ["string", "null"],
    });
  });

  it("leaves a schema alone when its example holds a value", () => {
    const schema = repaired(
      { type: "object", properties: { parent: { type: "string" } } },
      { parent: "shoes" },
    );
    expect(valueAt(schema, "properties/parent")).toEqual({ type: "string" });
  });

  it("adds null only once to a type list", () => {
    const schema = repaired(
      { type: "object", properties: { amount: { type: ["string", "null"] } } },
      { amount: null },
    );
    expect(valueAt(schema, "properties/amount")).toEqual({ type: ["string", "null"] });
  });
});
