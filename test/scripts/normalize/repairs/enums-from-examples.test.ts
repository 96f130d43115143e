import type { JsonObject, JsonValue } from "../../../../scripts/normalize/json-value.js";
import { repairEnumsFromExamples } from "../../../../scripts/normalize/repairs/enums-from-examples.js";
import { answerSchema, convertedPaths, operationAt, valueAt } from "../tiny-description.js";

function repaired(schema: JsonObject, examples: JsonValue): unknown {
  const document = repairEnumsFromExamples(
    convertedPaths({ "/widgets": { get: { responses: { "200": { schema, examples } } } } }),
  );
  return answerSchema(operationAt(document, "/widgets", "get"), "200");
}

describe("repairEnumsFromExamples", () => {
  it("adds to an enum a value that the answer example shows", () => {
    const schema = repaired(
      {
        type: "array",
        items: { type: "object", properties: { kind: { type: "string", enum: ["text"] } } },
      },
      [{ kind: "text" }, { kind: "table" }],
    );
    expect(valueAt(schema, "items/properties/kind/enum")).toEqual(["text", "table"]);
  });

  it("leaves schemas without an enum and known values alone", () => {
    const schema = repaired(
      {
        type: "object",
        properties: { kind: { type: "string", enum: ["text"] }, code: { type: "string" } },
      },
      { kind: "text", code: "anything" },
    );
    expect(valueAt(schema, "properties")).toEqual({
      kind: { type: "string", enum: ["text"] },
      code: { type: "string" },
    });
  });
});
