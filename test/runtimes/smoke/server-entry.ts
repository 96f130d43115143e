import process from "node:process";
import { runSmokeSuite, type SmokeSdk, type SmokeTarget } from "./smoke-suite.js";

/**
 * Runs the smoke suite in a server runtime (Node, Bun, Deno): the target comes as JSON in the first
 * argument, the report goes to standard output as one JSON line.
 */
export async function runServerSmoke(sdk: SmokeSdk): Promise<void> {
  const target = JSON.parse(process.argv[2] ?? "{}") as SmokeTarget;
  const report = await runSmokeSuite(sdk, target);
  process.stdout.write(`${JSON.stringify(report)}\n`);
}
