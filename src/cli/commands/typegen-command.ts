import { readFile, writeFile } from "node:fs/promises";
import type { CliCommand, CommandContext } from "../cli-command.js";
import { stringFlag } from "../cli-command.js";
import { CliFileError, CliUsageError } from "../cli-errors.js";
import { writeChunk } from "../cli-io.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import { readCatalogStructure } from "../typegen/read-catalog-structure.js";
import { renderCatalogModule } from "../typegen/render-catalog-module.js";

/** `akeneo-pim typegen`: one TypeScript module with the types of the PIM's catalog. */
export const typegenCommand: CliCommand = {
  name: "typegen",
  summary: "write a TypeScript module typing the PIM's products by family (--check for CI)",
  help: `Usage: akeneo-pim typegen [--out FILE | --check FILE] [--import-from SPECIFIER]

Reads families, attributes, attribute options, channels, locales and currencies, and writes one
module: code unions, the value lines of each attribute, the attributes of each family, and
PimCatalog, for createAkeneoClient<PimCatalog>(…). The output is the same for the same structure;
only its first line (where and when it was read) changes.

Options:
  --out FILE               write the module to FILE (default: standard output)
  --check FILE             write nothing; exit 7 when FILE no longer matches the PIM (the first
                           line is not compared)
  --import-from SPECIFIER  where the module imports the SDK's types from (default: akeneo-pim-sdk)`,
  options: {
    out: { type: "string" },
    check: { type: "string" },
    "import-from": { type: "string" },
  },
  run: runTypegen,
};

async function runTypegen(context: CommandContext): Promise<ExitCode> {
  if (context.positionals.length > 0) throw new CliUsageError("typegen takes no argument");
  const out = stringFlag(context, "out");
  const check = stringFlag(context, "check");
  if (out !== undefined && check !== undefined) {
    throw new CliUsageError("--out and --check exclude each other");
  }
  const client = context.createClient();
  const structure = await readCatalogStructure(client);
  const importFrom = stringFlag(context, "import-from");
  const module = renderCatalogModule(structure, {
    baseUrl: client.baseUrl,
    readAt: new Date().toISOString(),
    ...(importFrom === undefined ? {} : { importFrom }),
  });
  if (check !== undefined) return checkModule(context, check, module);
  if (out === undefined) {
    await writeChunk(context.io.stdout, module);
  } else {
    try {
      await writeFile(out, module);
    } catch (cause) {
      throw new CliFileError(`cannot write ${out}`, { cause });
    }
  }
  return EXIT_CODES.ok;
}

async function checkModule(
  context: CommandContext,
  file: string,
  fresh: string,
): Promise<ExitCode> {
  let written: string;
  try {
    written = await readFile(file, "utf8");
  } catch (cause) {
    throw new CliFileError(`cannot read ${file}`, { cause });
  }
  if (withoutHeader(written) === withoutHeader(fresh)) {
    context.io.stderr.write(`${file} matches the PIM\n`);
    return EXIT_CODES.ok;
  }
  context.io.stderr.write(
    `${file} is out of date: the PIM's structure changed; run akeneo-pim typegen --out ${file}\n`,
  );
  return EXIT_CODES.outOfDate;
}

// The first line says where and when the file was read: two readings of one PIM differ there only.
function withoutHeader(module: string): string {
  return module.replace(/\r\n/g, "\n").split("\n").slice(1).join("\n");
}
