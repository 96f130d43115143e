import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// Type-checks a one-file consumer of the built package (dist/, run `npm run build` first) with
// `skipLibCheck: false`, as a strict user's project does, the openapi-fetch-only floor beside it,
// and the same consumer with `skipLibCheck: true` (what its own calls cost).
// Instantiation and type counts are deterministic; the check time is not.

interface CheckCost {
  instantiations: number;
  types: number;
  checkSeconds: number;
}

const TSC = resolve("node_modules/typescript/bin/tsc");

// Half of what the consumer's own calls cost before the named types (15,703 instantiations with
// skipLibCheck: true); counts are deterministic, so exceeding it fails the run.
const OWN_CALLS_BUDGET = 7_850;

function readFigure(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output);
  if (match === null) throw new Error(`tsc printed no "${label}" figure`);
  return Number(match[1]);
}

function measure(project: string): CheckCost {
  const output = execFileSync(process.execPath, [TSC, "-p", project, "--extendedDiagnostics"], {
    encoding: "utf8",
  });
  return {
    instantiations: readFigure(output, "Instantiations"),
    types: readFigure(output, "Types"),
    checkSeconds: readFigure(output, "Check time"),
  };
}

function main(): void {
  if (!existsSync(resolve("dist/index.d.ts"))) throw new Error("run `npm run build` first");
  const consumer = measure("bench/typecheck-cost/tsconfig.json");
  const floor = measure("bench/typecheck-cost/tsconfig.baseline.json");
  const ownCode = measure("bench/typecheck-cost/tsconfig.skip-lib-check.json");
  const own = consumer.instantiations - floor.instantiations;
  console.log(
    "type-check cost of bench/typecheck-cost/consumer.ts against dist/ (skipLibCheck: false)",
  );
  console.log(
    `consumer: ${consumer.instantiations} instantiations, ${consumer.types} types, check ${consumer.checkSeconds} s`,
  );
  console.log(
    `openapi-fetch alone: ${floor.instantiations} instantiations, ${floor.types} types, check ${floor.checkSeconds} s`,
  );
  console.log(`the SDK's own share: ${own} instantiations`);
  console.log(
    `consumer with skipLibCheck: true: ${ownCode.instantiations} instantiations, ${ownCode.types} types, check ${ownCode.checkSeconds} s`,
  );
  if (ownCode.instantiations > OWN_CALLS_BUDGET) {
    console.error(`over budget: ${ownCode.instantiations} > ${OWN_CALLS_BUDGET} instantiations`);
    process.exitCode = 1;
  }
}

main();
