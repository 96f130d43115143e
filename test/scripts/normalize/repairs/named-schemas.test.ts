import { hoistNamedSchemas } from "../../../../scripts/normalize/repairs/named-schemas.js";
import { answerSchema, convertedPaths, operationAt, valueAt } from "../tiny-description.js";

const WIDGET = { type: "object", properties: { code: { type: "string" } } };

function fixture() {
  return convertedPaths({
    "/widgets/{code}": {
      get: { operationId: "widgets_get", responses: { "200": { schema: WIDGET } } },
    },
    "/widgets": {
      get: {
        operationId: "widgets_all",
        responses: { "200": { schema: { type: "array", items: WIDGET } } },
      },
      post: {
        operationId: "widgets_post",
        parameters: [
          { name: "body", in: "body", schema: { properties: WIDGET.properties, type: "object" } },
        ],
        responses: {},
      },
    },
    "/gadgets": {
      get: { operationId: "gadgets_get", responses: { "200": { schema: { type: "string" } } } },
    },
  });
}

describe("hoistNamedSchemas", () => {
  it("names the schema found at its source and replaces every identical copy by a reference", () => {
    const { document, missing } = hoistNamedSchemas(fixture(), {
      Widget: { operation: "widgets_get", at: "response" },
    });
    const ref = { $ref: "#/components/schemas/Widget" };
    expect(missing).toEqual([]);
    expect(valueAt(document, "components/schemas/Widget")).toEqual(WIDGET);
    expect(answerSchema(operationAt(document, "/widgets/{code}", "get"), "200")).toEqual(ref);
    expect(answerSchema(operationAt(document, "/widgets", "get"), "200")).toEqual({
      type: "array",
      items: ref,
    });
    const body = valueAt(operationAt(document, "/widgets", "post"), "requestBody/content");
    expect(body).toEqual({ "application/json": { schema: ref } });
  });

  it("takes the item of an array answer when asked to", () => {
    const { document } = hoistNamedSchemas(fixture(), {
      Widget: { operation: "widgets_all", at: "response-array-item" },
    });
    expect(valueAt(document, "components/schemas/Widget")).toEqual(WIDGET);
  });

  it("reports a source the description does not have instead of guessing", () => {
    const { document, missing } = hoistNamedSchemas(fixture(), {
      Widget: { operation: "widgets_get", at: "response" },
      Bolt: { operation: "bolts_get", at: "response" },
      Gadget: { operation: "gadgets_get", at: "response-array-item" },
    });
    expect(missing).toEqual(["Bolt", "Gadget"]);
    expect(valueAt(document, "components/schemas/Bolt")).toBeUndefined();
  });

  it("keeps the first name when two sources give the same schema", () => {
    const { document } = hoistNamedSchemas(fixture(), {
      Widget: { operation: "widgets_get", at: "response" },
      WidgetItem: { operation: "widgets_all", at: "response-array-item" },
    });
    expect(valueAt(document, "components/schemas/WidgetItem")).toEqual({
      $ref: "#/components/schemas/Widget",
    });
  });
});
