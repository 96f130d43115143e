import { recordOperationFacts } from "../../../../scripts/normalize/repairs/operation-facts.js";
import { convertedPaths, operationAt } from "../tiny-description.js";

function factsOf(marks: object) {
  const document = recordOperationFacts(
    convertedPaths({ "/widgets": { get: { operationId: "w", ...marks, responses: {} } } }),
  );
  return operationAt(document, "/widgets", "get");
}

describe("recordOperationFacts", () => {
  it("records Enterprise-only, deprecated and app-token marks as our facts", () => {
    const operation = factsOf({ "x-ee": true, "x-deprecated": true, "x-app-token": true });
    expect(operation).toEqual({
      operationId: "w",
      deprecated: true,
      "x-akeneo-enterprise": true,
      "x-akeneo-app-token": true,
      responses: {},
    });
  });

  it("marks an operation SaaS-only when SaaS is its only version", () => {
    const operation = factsOf({ "x-versions": ["SaaS"] });
    expect(operation["x-akeneo-saas-only"]).toBe(true);
    expect(operation["x-akeneo-versions"]).toEqual(["SaaS"]);
  });

  it("does not mark an operation SaaS-only when other versions have it too", () => {
    const operation = factsOf({ "x-versions": ["7.0", "SaaS"], "x-no-token": true });
    expect(operation["x-akeneo-saas-only"]).toBeUndefined();
    expect(operation["x-akeneo-versions"]).toEqual(["7.0", "SaaS"]);
    expect(operation["x-versions"]).toBeUndefined();
    expect(operation["x-no-token"]).toBeUndefined();
  });
});
