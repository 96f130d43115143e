import { isAkeneoApiError } from "../../node/index.js";
import type { CliCommand, CommandContext } from "../cli-command.js";
import { CliUsageError } from "../cli-errors.js";
import { type ExportableResource, findExportableResource } from "../cli-resources.js";
import { EXIT_CODES, type ExitCode } from "../exit-codes.js";

// Lists read once each (one item) to learn what the token may read; search_after-only lists
// take no limit.
const PROBES: readonly [resource: string, limited: boolean][] = [
  ["products", true],
  ["product-models", true],
  ["categories", true],
  ["attributes", true],
  ["attribute-groups", true],
  ["families", true],
  ["association-types", true],
  ["channels", true],
  ["locales", true],
  ["currencies", true],
  ["reference-entities", false],
  ["asset-families", false],
];

/** What one probe found: readable, refused (403), absent from this edition (404), or a status. */
type Access = "yes" | "forbidden" | "not available" | `error ${number}`;

function createWhoamiCommand(name: string): CliCommand {
  return {
    name,
    summary:
      name === "whoami"
        ? "reach the PIM, authenticate, print its version and what the token may read"
        : "same as whoami",
    help: `Usage: akeneo-pim ${name} [--json]

Reaches the PIM, prints its version and edition (system information), authenticates, and reads
one item of each list to tell which ones the token may read.

Options:
  --json   print one JSON object instead of text`,
    options: { json: { type: "boolean" } },
    run: runWhoami,
  };
}

/** `akeneo-pim whoami`: version, edition, authentication and read access. */
export const whoamiCommand: CliCommand = createWhoamiCommand("whoami");
/** `akeneo-pim check`: the same as `whoami`, under the name scripts often look for. */
export const checkCommand: CliCommand = createWhoamiCommand("check");

async function runWhoami(context: CommandContext): Promise<ExitCode> {
  if (context.positionals.length > 0) throw new CliUsageError("takes no argument");
  const client = context.createClient();
  const information = await client.system.getInformation();
  await client.authenticate();
  const access: Record<string, Access> = {};
  await Promise.all(
    PROBES.map(async ([resource, limited]) => {
      access[resource] = await probe(findExportableResource(client, resource), limited);
    }),
  );
  const report = {
    baseUrl: client.baseUrl,
    version: information.version ?? null,
    edition: information.edition ?? null,
    authenticated: true,
    access: Object.fromEntries(PROBES.map(([resource]) => [resource, access[resource]])),
  };
  context.io.stdout.write(
    context.values.json === true ? `${JSON.stringify(report)}\n` : formatReport(report),
  );
  return EXIT_CODES.ok;
}

async function probe(resource: ExportableResource, limited: boolean): Promise<Access> {
  try {
    await resource.listPerPage(limited ? { limit: 1, withCount: false } : { withCount: false });
    return "yes";
  } catch (error) {
    if (!isAkeneoApiError(error)) throw error;
    if (error.status === 403) return "forbidden";
    if (error.status === 404) return "not available";
    return `error ${error.status}`;
  }
}

function formatReport(report: {
  baseUrl: string;
  version: string | null;
  edition: string | null;
  access: Record<string, Access | undefined>;
}): string {
  const lines = [
    `PIM       ${report.baseUrl}`,
    `version   ${report.version ?? "unknown"}`,
    `edition   ${report.edition ?? "unknown"}`,
    "token     obtained (password grant)",
    "can read:",
    ...Object.entries(report.access).map(
      ([resource, access]) => `  ${resource.padEnd(20)}${access}`,
    ),
  ];
  return `${lines.join("\n")}\n`;
}
