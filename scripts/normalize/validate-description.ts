import { createConfig, lintFromString } from "@redocly/openapi-core";
import type { JsonObject } from "./json-value.js";

/** One finding of the validator, with where it is in the document. */
export interface ValidationProblem {
  severity: "error" | "warn";
  rule: string;
  message: string;
  pointer: string;
}

/**
 * Validates an OpenAPI 3.1 document with Redocly's validator: the `spec` rules of its
 * "minimal" set, which check the document against the OpenAPI specification.
 */
export async function validateDescription(document: JsonObject): Promise<ValidationProblem[]> {
  const config = await createConfig({ extends: ["minimal"] });
  const problems = await lintFromString({
    source: JSON.stringify(document),
    absoluteRef: "normalized.json",
    config,
  });
  return problems.map((p) => ({
    severity: p.severity === "error" ? "error" : "warn",
    rule: p.ruleId,
    message: p.message,
    pointer: p.location[0]?.pointer ?? "",
  }));
}
