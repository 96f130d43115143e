import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import type { GeneratedFiles } from "./write-generated.js";

/** The file name biome is told it formats: a TypeScript file outside the ignored generated/. */
const STDIN_FILE_PATH = "generated-file.ts";

/** The generated code could not be formatted: it is not valid TypeScript. */
export class FormatError extends Error {
  override name = "FormatError";
}

function formatOne(name: string, text: string, biome: string): string {
  const result = spawnSync(biome, ["format", `--stdin-file-path=${STDIN_FILE_PATH}`], {
    input: text,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0 || result.error !== undefined) {
    const reason = result.error?.message ?? result.stderr.split("\n").slice(0, 5).join("\n");
    throw new FormatError(`generated/${name} could not be formatted: ${reason}`);
  }
  return result.stdout;
}

/**
 * Formats every generated file with the project's own formatter (biome, with biome.json), so that
 * generated/ reads like the rest of the code and `check:generated` compares formatted bytes.
 */
export function formatGenerated(files: GeneratedFiles, projectDir = resolve(".")): GeneratedFiles {
  const biome = resolve(projectDir, "node_modules/.bin/biome");
  const formatted: Record<string, string> = {};
  for (const [name, text] of Object.entries(files)) formatted[name] = formatOne(name, text, biome);
  return formatted;
}
