import type { FakePimOptions } from "./fake-pim-options.js";

/** Options of the emulator's command line. */
export interface CliArguments {
  readonly options: FakePimOptions;
  readonly help: boolean;
}

/** Usage text of the emulator's command line. */
export const CLI_USAGE = `Usage: fake-pim [--port N] [--sample] [--public-url URL] [--token-lifetime SECONDS]
  --port N                 port on 127.0.0.1 (default: any free port)
  --sample                 load the sample catalog
  --public-url URL         base of the URLs written in links (a PIM behind a proxy)
  --token-lifetime SECONDS access token lifetime (default 3600)`;

/** Reads the command-line arguments; throws an Error naming the bad one. */
export function parseCliArguments(argv: readonly string[]): CliArguments {
  const options: { -readonly [K in keyof FakePimOptions]: FakePimOptions[K] } = {};
  let help = false;
  for (let index = 0; index < argv.length; index += 1) {
    const flag = argv[index];
    const value = (): string => {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith("--")) throw new Error(`${flag} needs a value`);
      index += 1;
      return next;
    };
    if (flag === "--sample") options.sampleCatalog = true;
    else if (flag === "--port") options.port = readInteger(flag, value());
    else if (flag === "--public-url") options.publicUrl = value();
    else if (flag === "--token-lifetime") options.accessTokenLifetimeS = readInteger(flag, value());
    else if (flag === "--help" || flag === "-h") help = true;
    else throw new Error(`Unknown argument ${flag}`);
  }
  return { options, help };
}

function readInteger(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${flag} expects a whole number, got ${text}`);
  return Number(text);
}
