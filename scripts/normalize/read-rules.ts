import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { NamingMap, RepairRules } from "./normalize-description.js";

/** Reads our own repair data and naming map from the project's `openapi/` folder. */
export function readRules(openapiDir: string): { rules: RepairRules; naming: NamingMap } {
  const read = (name: string): unknown => JSON.parse(readFileSync(join(openapiDir, name), "utf8"));
  return { rules: read("repairs.json") as RepairRules, naming: read("naming.json") as NamingMap };
}
