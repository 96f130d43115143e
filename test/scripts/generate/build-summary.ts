import { createHash } from "node:crypto";
import { resolve } from "node:path";
import { buildGenerated } from "../../../scripts/generate/build-generated.js";
import { readRules } from "../../../scripts/normalize/read-rules.js";
import { readSourcePins } from "../../../scripts/normalize/source-pins.js";
import { validateDescription } from "../../../scripts/normalize/validate-description.js";

/** What one generator run gave, as the end-to-end test compares it. */
export interface BuildSummary {
  operations: number;
  validationErrors: number;
  warnings: string[];
  source: string;
  fileNames: string[];
  /** sha256 of every generated file and of the normalized description, in name order. */
  digest: string;
}

/**
 * Runs the generator on one description in its own process and prints a summary as JSON.
 * openapi-typescript loads ES modules that jest's CommonJS runtime cannot, so the end-to-end
 * test runs this file with tsx instead of importing the generator.
 */
async function main(): Promise<void> {
  const specPath = resolve(process.argv[2] ?? "");
  const { rules, naming } = readRules(resolve("openapi"));
  const output = await buildGenerated(specPath, rules, naming, readSourcePins(resolve("openapi")));
  const problems = await validateDescription(output.normalized);
  const hash = createHash("sha256");
  const fileNames = Object.keys(output.files).sort();
  for (const name of fileNames) hash.update(`${name}\n${output.files[name]}\n`);
  hash.update(JSON.stringify(output.normalized));
  const summary: BuildSummary = {
    operations: output.operations.length,
    validationErrors: problems.filter((p) => p.severity === "error").length,
    warnings: output.warnings,
    source: output.source,
    fileNames,
    digest: hash.digest("hex"),
  };
  process.stdout.write(`${JSON.stringify(summary)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
  );
  process.exit(1);
});
