import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";

// Type-checks a one-file consumer of the built package (dist/, run `npm run build` first) with
// `skipLibCheck: false`, as a strict user's project does, and with `skipLibCheck: true` (what its own
// calls cost); then, for the record, the same consumer calling through `akeneo-pim-sdk/raw` and
// openapi-fetch's declarations alone. Instantiation and type counts are deterministic; the check time
// is not. Exceeding a budget fails the run.

interface CheckCost {
  instantiations: number;
  types: number;
  checkSeconds: number;
}

const TSC = resolve("node_modules/typescript/bin/tsc");

// The strict consumer's cost before the named types (and before this budget), with skipLibCheck: false.
const STRICT_BEFORE = 216_316;
// A third of it: the budget of issue 8.
const STRICT_BUDGET = Math.floor(STRICT_BEFORE / 3);
// Half of what the consumer's own calls cost before the named types (15,703 instantiations with
// skipLibCheck: true).
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

function formatCost(cost: CheckCost): string {
  return `${cost.instantiations} instantiations, ${cost.types} types, check ${cost.checkSeconds} s`;
}

function checkBudget(label: string, cost: CheckCost, budget: number): void {
  const share = ((cost.instantiations / budget) * 100).toFixed(0);
  console.log(
    `${label}: ${cost.instantiations} of a budget of ${budget} instantiations (${share}%)`,
  );
  if (cost.instantiations > budget) {
    console.error(`over budget: ${label}, ${cost.instantiations} > ${budget} instantiations`);
    process.exitCode = 1;
  }
}

function main(): void {
  if (!existsSync(resolve("dist/index.d.ts"))) throw new Error("run `npm run build` first");
  const strict = measure("bench/typecheck-cost/tsconfig.json");
  const ownCalls = measure("bench/typecheck-cost/tsconfig.skip-lib-check.json");
  const raw = measure("bench/typecheck-cost/tsconfig.raw.json");
  const openapiFetch = measure("bench/typecheck-cost/tsconfig.baseline.json");
  console.log("type-check cost of bench/typecheck-cost/consumer.ts against dist/");
  console.log(`skipLibCheck: false: ${formatCost(strict)}`);
  console.log(
    `  ${(strict.instantiations / STRICT_BEFORE).toFixed(3)}× the ${STRICT_BEFORE} instantiations before`,
  );
  console.log(`skipLibCheck: true: ${formatCost(ownCalls)}`);
  console.log(`plus one call through akeneo-pim-sdk/raw (skipLibCheck: false): ${formatCost(raw)}`);
  console.log(
    `openapi-fetch's declarations alone (skipLibCheck: false): ${formatCost(openapiFetch)}`,
  );
  checkBudget("skipLibCheck: false", strict, STRICT_BUDGET);
  checkBudget("skipLibCheck: true", ownCalls, OWN_CALLS_BUDGET);
}

main();
