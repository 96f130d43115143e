import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { GeneratedFiles } from "./write-generated.js";

/** What type-checking src/ against another generated layer found. */
export interface TypecheckResult {
  ok: boolean;
  /** tsc's error lines, empty when it passed. */
  errors: string[];
}

/**
 * Type-checks a copy of src/ against generated files that are not the committed generated/, in
 * a temporary project removed afterwards: what a new description would do to the SDK, without
 * touching the checkout.
 */
export function typecheckAgainst(
  files: GeneratedFiles,
  projectDir = resolve("."),
): TypecheckResult {
  const temp = mkdtempSync(join(tmpdir(), "akeneo-sdk-try-"));
  try {
    cpSync(join(projectDir, "src"), join(temp, "src"), { recursive: true });
    cpSync(join(projectDir, "tsconfig.json"), join(temp, "tsconfig.json"));
    cpSync(join(projectDir, "package.json"), join(temp, "package.json"));
    symlinkSync(join(projectDir, "node_modules"), join(temp, "node_modules"), "dir");
    mkdirSync(join(temp, "generated"));
    for (const [name, text] of Object.entries(files))
      writeFileSync(join(temp, "generated", name), text);
    const tsc = join(projectDir, "node_modules/.bin/tsc");
    const result = spawnSync(tsc, ["-p", join(temp, "tsconfig.json"), "--noEmit"], {
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    });
    const errors = result.stdout
      .split("\n")
      .filter((line) => line.includes("error TS"))
      .map((line) => line.replace(`${temp}/`, ""));
    return { ok: result.status === 0, errors };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
