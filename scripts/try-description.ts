import { resolve } from "node:path";
import { buildGenerated } from "./generate/build-generated.js";
import { typecheckAgainst } from "./generate/typecheck-against.js";
import { readRules } from "./normalize/read-rules.js";
import { readSourcePins } from "./normalize/source-pins.js";
import { resolveSpecPath } from "./normalize/spec-path.js";

/**
 * Tries a description without touching generated/: generates from it in memory, then
 * type-checks a copy of src/ against the result. Exits 1 when generation fails or src/ does not
 * compile against it. A facade calling an operation the description lacks is left out of the
 * client rather than failing here, when it reads its endpoint functions from the generated table
 * (catalogs, workflows, UI extensions, permissions); a facade importing an endpoint function by
 * name fails here, at that import.
 */
async function main(): Promise<void> {
  const specPath = resolveSpecPath(process.argv.slice(2), process.env);
  const { rules, naming } = readRules(resolve("openapi"));
  const output = await buildGenerated(specPath, rules, naming, readSourcePins(resolve("openapi")));
  console.log(`read ${output.source}`);
  for (const warning of output.warnings) console.warn(`warning: ${warning}`);
  const result = typecheckAgainst(output.files);
  if (!result.ok) {
    console.error(`src/ does not type-check against the ${output.operations.length} operations:`);
    for (const line of result.errors.slice(0, 40)) console.error(`  ${line}`);
    process.exit(1);
  }
  console.log(`${output.operations.length} operations generated; src/ type-checks against them`);
}

main().catch((error: unknown) => {
  console.error(`try failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
