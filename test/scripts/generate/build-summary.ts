import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildGenerated } from "../../../scripts/generate/build-generated.js";
import { readRules } from "../../../scripts/normalize/read-rules.js";
import { readSourcePins } from "../../../scripts/normalize/source-pins.js";
import { validateDescription } from "../../../scripts/normalize/validate-description.js";
import { renderOpenApi31 } from "./openapi31-rendition.js";

/** What one generator run gave, as the end-to-end test compares it. */
export interface BuildSummary {
  operations: number;
  validationErrors: number;
  warnings: string[];
  source: string;
  fileNames: string[];
  /** sha256 of every generated file and of the normalized description, in name order. */
  digest: string;
  /** The operation table without Akeneo's reference links (anchored by the input's operationIds). */
  table: Record<string, unknown>[];
  /**
   * sha256 of the generated files' lines, sorted, without reference links: equal when two runs
   * give the same declarations, whatever the order of an object type's members.
   */
  typeLinesDigest: string;
}

function typeLinesDigest(files: Readonly<Record<string, string>>): string {
  const lines = Object.entries(files)
    .flatMap(([name, text]) => text.split("\n").map((line) => `${name}: ${line}`))
    // A long reference link is wrapped onto a line of its own, a short one is not.
    .filter((line) => !line.includes("api-reference.html") && !/referenceUrl:$/.test(line))
    .sort();
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

/**
 * Runs the generator on one description in its own process and prints a summary as JSON.
 * openapi-typescript loads ES modules that jest's CommonJS runtime cannot, so the end-to-end
 * test runs this file with tsx instead of importing the generator. With `--as-openapi31`, the
 * Swagger 2.0 file given is first rendered as an OpenAPI 3.1 file in a temporary folder, removed
 * afterwards.
 */
async function main(): Promise<void> {
  const [given = "", flag] = process.argv.slice(2);
  const temp = flag === undefined ? undefined : mkdtempSync(join(tmpdir(), "openapi31-"));
  try {
    let specPath = resolve(given);
    if (temp !== undefined) {
      const rendition = renderOpenApi31(JSON.parse(readFileSync(specPath, "utf8")), true);
      specPath = join(temp, "akeneo-web-api.json");
      writeFileSync(specPath, JSON.stringify(rendition));
    }
    const { rules, naming } = readRules(resolve("openapi"));
    const output = await buildGenerated(
      specPath,
      rules,
      naming,
      readSourcePins(resolve("openapi")),
    );
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
      table: output.operations.map(({ referenceUrl: _link, ...facts }) => facts),
      typeLinesDigest: typeLinesDigest(output.files),
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    if (temp !== undefined) rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
  );
  process.exit(1);
});
