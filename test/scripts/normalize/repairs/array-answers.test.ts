import { repairArrayAnswers } from "../../../../scripts/normalize/repairs/array-answers.js";
import { answerSchema, convertedPaths, operationAt, TINY_RULES } from "../tiny-description.js";

const ITEM = { type: "object", properties: { code: { type: "string" } } };

function fixture() {
  return convertedPaths({
    "/widgets": {
      get: { operationId: "widgets_get_array", responses: { "200": { schema: ITEM } } },
    },
    "/gadgets": { get: { operationId: "gadgets_get", responses: { "200": { schema: ITEM } } } },
    "/bolts": {
      get: {
        operationId: "widgets_get_array",
        responses: { "200": { schema: { type: "array", items: ITEM } } },
      },
    },
  });
}

describe("repairArrayAnswers", () => {
  it("wraps the listed operations' answer in an array", () => {
    const document = repairArrayAnswers(fixture(), TINY_RULES.arrayAnswers);
    expect(answerSchema(operationAt(document, "/widgets", "get"), "200")).toEqual({
      type: "array",
      items: ITEM,
    });
  });

  it("leaves other operations and answers that already are arrays alone", () => {
    const document = repairArrayAnswers(fixture(), TINY_RULES.arrayAnswers);
    expect(answerSchema(operationAt(document, "/gadgets", "get"), "200")).toEqual(ITEM);
    expect(answerSchema(operationAt(document, "/bolts", "get"), "200")).toEqual({
      type: "array",
      items: ITEM,
    });
  });
});
