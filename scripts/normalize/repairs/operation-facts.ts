import type { JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

/**
 * Turns Akeneo's operation marks into the facts the generator reads: `deprecated`, and our own
 * `x-akeneo-*` flags for Enterprise-only, SaaS-only, app-token and versions.
 */
export function recordOperationFacts(document: JsonObject): JsonObject {
  forEachOperation(document, ({ operation }) => {
    const versions = Array.isArray(operation["x-versions"]) ? operation["x-versions"] : [];
    if (operation["x-deprecated"] === true) operation.deprecated = true;
    if (operation["x-ee"] === true) operation["x-akeneo-enterprise"] = true;
    if (versions.length > 0 && versions.every((v) => v === "SaaS")) {
      operation["x-akeneo-saas-only"] = true;
    }
    if (operation["x-app-token"] === true) operation["x-akeneo-app-token"] = true;
    if (versions.length > 0) operation["x-akeneo-versions"] = versions;
    for (const key of [
      "x-deprecated",
      "x-ee",
      "x-app-token",
      "x-versions",
      "x-no-token",
      "x-form-data",
    ]) {
      delete operation[key];
    }
  });
  return document;
}
