import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { buildGenerated } from "./generate/build-generated.js";
import { writeFolderAtomically } from "./generate/write-generated.js";
import { readRules } from "./normalize/read-rules.js";
import { readSourcePins } from "./normalize/source-pins.js";
import { resolveSpecPath } from "./normalize/spec-path.js";

/** Regenerates generated/ (and build/akeneo-openapi.json) from Akeneo's description. */
async function main(): Promise<void> {
  const specPath = resolveSpecPath(process.argv.slice(2), process.env);
  const { rules, naming } = readRules(resolve("openapi"));
  const output = await buildGenerated(specPath, rules, naming, readSourcePins(resolve("openapi")));
  console.log(`read ${output.source}`);
  for (const warning of output.warnings) console.warn(`warning: ${warning}`);
  writeFolderAtomically(resolve("generated"), output.files);
  mkdirSync(resolve("build"), { recursive: true });
  writeFileSync(
    resolve("build/akeneo-openapi.json"),
    `${JSON.stringify(output.normalized, null, 2)}\n`,
  );
  console.log(
    `${specPath}: ${output.operations.length} operations generated; ` +
      `normalized description valid (0 errors, ${output.validationWarnings} warnings)`,
  );
}

main().catch((error: unknown) => {
  console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
