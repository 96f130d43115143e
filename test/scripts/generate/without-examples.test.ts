import { withoutExamples } from "../../../scripts/generate/without-examples.js";

describe("withoutExamples", () => {
  it("drops answer and body examples and leaves the input untouched", () => {
    const document = {
      paths: {
        "/widgets": {
          get: {
            responses: {
              "200": {
                description: "OK",
                content: {
                  "application/json": {
                    schema: { type: "object", properties: { example: { type: "string" } } },
                    example: { code: "recorded" },
                  },
                },
              },
            },
          },
        },
      },
    };
    const stripped = withoutExamples(document);
    expect(stripped.paths).toEqual({
      "/widgets": {
        get: {
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { example: { type: "string" } } },
                },
              },
            },
          },
        },
      },
    });
    expect(JSON.stringify(document)).toContain("recorded");
  });
});
