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
