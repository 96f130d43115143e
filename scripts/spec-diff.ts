import { resolve } from "node:path";
import { loadDescription } from "./normalize/load-description.js";
import { normalizeDescription } from "./normalize/normalize-description.js";
import { readRules } from "./normalize/read-rules.js";
import { diffDescriptions } from "./spec-diff/diff-descriptions.js";
import { formatReport } from "./spec-diff/format-report.js";
import { lostFacades } from "./spec-diff/lost-facades.js";

/**
 * Prints what changed between two descriptions of Akeneo's API, both normalized by the same
 * pipeline as the generator, and flags what breaks the SDK's users. It is a report: it exits 0
 * whatever it finds, and non-zero only when a description cannot be read.
 */
function main(): void {
  const [oldPath, newPath, ...rest] = process.argv.slice(2);
  if (oldPath === undefined || newPath === undefined || rest.length > 0) {
    console.error("usage: npm run spec:diff -- OLD NEW");
    process.exit(2);
  }
  const { rules, naming } = readRules(resolve("openapi"));
  const normalize = (path: string) =>
    normalizeDescription(loadDescription(resolve(path)), rules, naming).document;
  const diff = diffDescriptions(normalize(oldPath), normalize(newPath));
  const lost = lostFacades(diff.removed, naming.operations);
  process.stdout.write(formatReport(diff, oldPath, newPath, lost));
}

try {
  main();
} catch (error: unknown) {
  console.error(`spec:diff failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
