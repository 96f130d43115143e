import type { CliCommand, CommandContext } from "../cli-command.js";
import { stringFlag } from "../cli-command.js";
import { CliUsageError } from "../cli-errors.js";
import {
  EXPORTABLE_NAMES,
  type ExportableResource,
  type ExportListOptions,
  findExportableResource,
  VALUE_FILTERED_RESOURCES,
} from "../cli-resources.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";
import {
  type ExportCheckpoint,
  loadExportCheckpoint,
  removeExportCheckpoint,
  requireSameExport,
  saveExportCheckpoint,
} from "../export-checkpoint.js";
import { createStdoutOutput, type ExportOutput, openFileOutput } from "../export-output.js";
import { createProgressDisplay, type ProgressDisplay } from "../progress-display.js";
import { progressWanted } from "../progress-flags.js";

const PAGE_SIZE = 100;
const FILTER_FLAGS = ["search", "attributes", "scope", "locales"] as const;
const VALUE_FLAGS = ["attributes", "scope", "locales"] as const;

/** `akeneo-pim export <resource>`: every item of a list as JSON Lines. */
export const exportCommand: CliCommand = {
  name: "export",
  summary: "write every item of a resource as JSON Lines (stdout or --out), resumable",
  help: `Usage: akeneo-pim export <resource> [--out FILE] [--resume CHECKPOINT] [filters]

Writes one JSON object per line, without _links, so that the file can be imported again.
Resources: ${EXPORTABLE_NAMES.join(", ")}

Options:
  --out FILE           write to FILE instead of standard output
  --resume FILE        keep a checkpoint in FILE after every page; when FILE exists, continue the
                       export it describes (needs --out; the same resource and filters)
  --search JSON        Akeneo search filter, e.g. '{"family":[{"operator":"IN","value":["shoes"]}]}'
  --attributes CODES   products and models: only these attributes' values (comma-separated)
  --scope CHANNEL      products and models: only the values of this channel
  --locales CODES      products and models: only the values of these locales (comma-separated)
  --progress / --no-progress   force the progress line on stderr on or off (default: on when
                       stderr is a terminal)`,
  options: {
    out: { type: "string" },
    resume: { type: "string" },
    search: { type: "string" },
    attributes: { type: "string" },
    scope: { type: "string" },
    locales: { type: "string" },
    progress: { type: "boolean" },
    "no-progress": { type: "boolean" },
  },
  run: runExport,
};

async function runExport(context: CommandContext): Promise<ExitCode> {
  const [name, ...extra] = context.positionals;
  if (name === undefined || extra.length > 0) {
    throw new CliUsageError("export takes exactly one resource name");
  }
  const filters = readFilters(context, name);
  const outPath = stringFlag(context, "out");
  const checkpointPath = stringFlag(context, "resume");
  if (checkpointPath !== undefined && outPath === undefined) {
    throw new CliUsageError("--resume needs --out: standard output cannot be continued");
  }
  const client = context.createClient();
  const resource = findExportableResource(client, name);
  const previous = checkpointPath ? await loadExportCheckpoint(checkpointPath) : undefined;
  if (previous !== undefined) requireSameExport(previous, name, filters);
  const output = outPath
    ? await openFileOutput(outPath, previous?.outBytes)
    : createStdoutOutput(context.io.stdout);
  const progress = createProgressDisplay({
    stream: context.io.stderr,
    enabled: progressWanted(context),
    now: context.io.now,
    label: "exported",
  });
  try {
    await exportPages({
      resource,
      options: toListOptions(filters),
      output,
      progress,
      progressShown: progressWanted(context),
      start: previous ?? { resource: name, options: filters, cursor: "", items: 0, outBytes: 0 },
      checkpointPath,
    });
  } finally {
    await output.close();
  }
  if (checkpointPath !== undefined) await removeExportCheckpoint(checkpointPath);
  return EXIT_CODES.ok;
}

interface ExportRun {
  resource: ExportableResource;
  options: ExportListOptions;
  output: ExportOutput;
  progress: ProgressDisplay;
  progressShown: boolean;
  start: ExportCheckpoint;
  checkpointPath: string | undefined;
}

async function exportPages(run: ExportRun): Promise<void> {
  // The count costs the PIM a query of its own: asked only when someone watches the progress.
  if (run.progressShown) run.progress.setTotal(await countItems(run.resource, run.options));
  run.progress.advance(run.start.items);
  let { items, outBytes } = run.start;
  const resumeFrom = run.start.cursor === "" ? {} : { resumeFrom: run.start.cursor };
  for await (const page of run.resource.pages({ ...run.options, ...resumeFrom })) {
    if (page.items.length > 0) {
      const chunk = page.items.map(toLine).join("");
      await run.output.write(chunk);
      outBytes += Buffer.byteLength(chunk, "utf8");
      items += page.items.length;
    }
    if (run.checkpointPath !== undefined) {
      await saveExportCheckpoint(run.checkpointPath, {
        ...run.start,
        cursor: page.cursor,
        items,
        outBytes,
      });
    }
    run.progress.advance(page.items.length);
  }
  run.progress.finish();
}

async function countItems(
  resource: ExportableResource,
  options: ExportListOptions,
): Promise<number | undefined> {
  try {
    const { search } = options;
    const first = await resource.listPerPage({
      limit: 1,
      withCount: true,
      ...(search ? { search } : {}),
    });
    return first.count;
  } catch {
    // Some lists take no with_count; the export runs without a total then.
    return undefined;
  }
}

function toLine(item: unknown): string {
  if (item !== null && typeof item === "object" && "_links" in item) {
    const { _links, ...rest } = item as Record<string, unknown>;
    return `${JSON.stringify(rest)}\n`;
  }
  return `${JSON.stringify(item)}\n`;
}

function readFilters(context: CommandContext, resource: string): Record<string, string> {
  const filters: Record<string, string> = {};
  for (const flag of FILTER_FLAGS) {
    const value = stringFlag(context, flag);
    if (value !== undefined) filters[flag] = value;
  }
  const valueFlag = VALUE_FLAGS.find((flag) => filters[flag] !== undefined);
  if (valueFlag !== undefined && !VALUE_FILTERED_RESOURCES.has(resource)) {
    throw new CliUsageError(`--${valueFlag} applies to products and product models only`);
  }
  return filters;
}

function toListOptions(filters: Record<string, string>): ExportListOptions {
  return { limit: PAGE_SIZE, ...filters };
}
