import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildGenerated } from "./generate/build-generated.js";
import { diffFolder } from "./generate/write-generated.js";
import { readRules } from "./normalize/read-rules.js";
import { readSourcePins } from "./normalize/source-pins.js";
import { resolveSpecPath } from "./normalize/spec-path.js";

/**
 * Fails when generated/ is not exactly what the generator produces (a hand edit, or a change
 * to the generator or the repairs without `npm run generate`). Also writes the normalized
 * description to build/, which the contract tests serve with Prism.
 */
async function main(): Promise<void> {
  const specPath = resolveSpecPath(process.argv.slice(2), process.env);
  const { rules, naming } = readRules(resolve("openapi"));
  const output = await buildGenerated(specPath, rules, naming, readSourcePins(resolve("openapi")));
  console.log(`read ${output.source}`);
  mkdirSync(resolve("build"), { recursive: true });
  writeFileSync(
    resolve("build/akeneo-openapi.json"),
    `${JSON.stringify(output.normalized, null, 2)}\n`,
  );
  const differences = diffFolder(resolve("generated"), output.files);
  if (differences.length > 0) {
    console.error("generated/ does not match the generator's output; run `npm run generate`:");
    for (const line of differences) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`generated/ matches the generator (${output.operations.length} operations)`);
}

main().catch((error: unknown) => {
  console.error(`check failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
