import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { buildGenerated } from "../../../scripts/generate/build-generated.js";
import { readRules } from "../../../scripts/normalize/read-rules.js";
import { readSourcePins } from "../../../scripts/normalize/source-pins.js";
import { renderOpenApi31 } from "./openapi31-rendition.js";

/** What regenerating the SDK from one input gave, as the end-to-end test checks it. */
export interface RegenerationSummary {
  operations: number;
  source: string;
  absentFacadeMethods: string[];
  /** tsc's errors on src/ (and the call-site program) compiled against the input's tables. */
  compileErrors: string[];
  /** Whether tsc emitted JavaScript and declarations for every file of src/. */
  emitted: boolean;
  /** The facade coverage test run against the input's tables: passed and failed tests. */
  coverage: { passed: number; failed: number };
  /** Seconds spent generating, compiling and running the coverage test. */
  seconds: { generate: number; compile: number; coverage: number };
}

const ROOT = resolve(".");

// A user's program: a facade every description has, and one only the default one has.
const CALL_SITE = `import { createAkeneoClient } from "./src/index.js";

const client = createAkeneoClient({ baseUrl: "https://pim.example.com", auth: { type: "app", token: "t" } });

export async function calls(): Promise<unknown[]> {
  return [await client.products.get("p"), await client.workflows.get("w")];
}
`;

const JEST_CONFIG = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          target: "ES2022",
          esModuleInterop: true,
          isolatedModules: true,
        },
        diagnostics: false,
      },
    ],
  },
};

function secondsSince(start: number): number {
  return Math.round((performance.now() - start) / 100) / 10;
}

function writeProject(project: string, files: Readonly<Record<string, string>>): void {
  cpSync(join(ROOT, "src"), join(project, "src"), { recursive: true });
  cpSync(join(ROOT, "package.json"), join(project, "package.json"));
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"), "dir");
  mkdirSync(join(project, "generated"));
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(project, "generated", name), text);
  }
  const tsconfig = JSON.parse(readFileSync(join(ROOT, "tsconfig.json"), "utf8"));
  tsconfig.include = ["src", "generated", "call-site.ts"];
  tsconfig.compilerOptions.outDir = "out";
  writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
  writeFileSync(join(project, "call-site.ts"), CALL_SITE);
  mkdirSync(join(project, "test/resources"), { recursive: true });
  for (const name of ["coverage.test.ts", "scripted-pim-fetch.ts"]) {
    cpSync(join(ROOT, "test/resources", name), join(project, "test/resources", name));
  }
}

function compile(project: string): { errors: string[]; emitted: boolean } {
  const result = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "."], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    cwd: project,
  });
  const errors = result.stdout.split("\n").filter((line) => line.includes("error TS"));
  let emitted = true;
  try {
    readFileSync(join(project, "out/src/index.d.ts"), "utf8");
    readFileSync(join(project, "out/src/index.js"), "utf8");
  } catch {
    emitted = false;
  }
  return { errors, emitted };
}

function runCoverage(project: string): { passed: number; failed: number } {
  const result = spawnSync(
    join(ROOT, "node_modules/.bin/jest"),
    [
      "--config",
      JSON.stringify(JEST_CONFIG),
      "--rootDir",
      project,
      "--ci",
      "--json",
      "--testNamePattern",
      "facade coverage",
    ],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, cwd: project },
  );
  const report = JSON.parse(result.stdout) as { numPassedTests: number; numFailedTests: number };
  return { passed: report.numPassedTests, failed: report.numFailedTests };
}

/**
 * Regenerates the SDK from one input into a temporary project (a copy of src/, the generated
 * files, a user's call-site program and the facade coverage test), compiles it once with tsc
 * (emitting JavaScript and declarations), runs the coverage test against the input's tables,
 * prints a summary as JSON and removes the project. Runs under tsx: openapi-typescript cannot
 * load under jest. With `--as-openapi31`, the Swagger 2.0 input is first rendered as OpenAPI 3.1.
 */
async function main(): Promise<void> {
  const [given = "", flag] = process.argv.slice(2);
  const temp = mkdtempSync(join(tmpdir(), "akeneo-regenerate-"));
  try {
    let specPath = resolve(given);
    if (flag === "--as-openapi31") {
      const rendition = renderOpenApi31(JSON.parse(readFileSync(specPath, "utf8")), true);
      specPath = join(temp, "akeneo-web-api.json");
      writeFileSync(specPath, JSON.stringify(rendition));
    }
    let start = performance.now();
    const { rules, naming } = readRules(join(ROOT, "openapi"));
    const output = await buildGenerated(
      specPath,
      rules,
      naming,
      readSourcePins(join(ROOT, "openapi")),
    );
    const generate = secondsSince(start);
    const project = join(temp, "project");
    writeProject(project, output.files);
    start = performance.now();
    const compiled = compile(project);
    const compileSeconds = secondsSince(start);
    start = performance.now();
    const coverage = runCoverage(project);
    const table = readFileSync(join(project, "generated/facade-operations.ts"), "utf8");
    const absent = /ABSENT_FACADE_METHODS = \[([^\]]*)\]/.exec(table)?.[1] ?? "";
    const summary: RegenerationSummary = {
      operations: output.operations.length,
      source: output.source,
      absentFacadeMethods: [...absent.matchAll(/"([^"]+)"/g)].map((m) => m[1] ?? ""),
      compileErrors: compiled.errors,
      emitted: compiled.emitted,
      coverage,
      seconds: { generate, compile: compileSeconds, coverage: secondsSince(start) },
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}\n`,
  );
  process.exit(1);
});
