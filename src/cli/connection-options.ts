import type { ParseArgsConfig } from "node:util";
import type { ClientOptions } from "../node/index.js";
import { CliUsageError } from "./cli-errors.js";

/** Flags that name the PIM and the credentials; each falls back to an AKENEO_* variable. */
export const CONNECTION_OPTIONS = {
  "base-url": { type: "string" },
  "client-id": { type: "string" },
  secret: { type: "string" },
  username: { type: "string" },
  password: { type: "string" },
  retries: { type: "string" },
} as const satisfies NonNullable<ParseArgsConfig["options"]>;

const SETTINGS = [
  ["baseUrl", "base-url", "AKENEO_BASE_URL"],
  ["clientId", "client-id", "AKENEO_CLIENT_ID"],
  ["secret", "secret", "AKENEO_SECRET"],
  ["username", "username", "AKENEO_USERNAME"],
  ["password", "password", "AKENEO_PASSWORD"],
] as const;

/** Help lines describing the connection flags, shared by every command. */
export const CONNECTION_HELP = `Connection (a flag wins over its environment variable):
  --base-url URL      AKENEO_BASE_URL    the PIM, e.g. https://pim.example.com
  --client-id ID      AKENEO_CLIENT_ID   API connection client id
  --secret SECRET     AKENEO_SECRET      API connection secret
  --username NAME     AKENEO_USERNAME    API connection user
  --password PASS     AKENEO_PASSWORD    its password (prefer the variable: flags show in ps)
  --retries N                            retries of a failed call, 0-10 (default 5)`;

/**
 * Builds client options from the flags and the environment.
 *
 * @throws {CliUsageError} naming every setting that is missing.
 */
export function resolveConnection(
  values: Readonly<Record<string, unknown>>,
  env: Readonly<Record<string, string | undefined>>,
): ClientOptions {
  const settings: Record<string, string> = {};
  const missing: string[] = [];
  for (const [key, flag, variable] of SETTINGS) {
    const value = typeof values[flag] === "string" ? values[flag] : env[variable];
    if (value === undefined || value === "") missing.push(`--${flag} or ${variable}`);
    else settings[key] = value;
  }
  if (missing.length > 0) throw new CliUsageError(`missing ${missing.join(", ")}`);
  const retries = readRetries(values.retries);
  return {
    ...(retries === undefined ? {} : { retry: retries }),
    baseUrl: settings.baseUrl ?? "",
    auth: {
      type: "password",
      clientId: settings.clientId ?? "",
      secret: settings.secret ?? "",
      username: settings.username ?? "",
      password: settings.password ?? "",
    },
  };
}

function readRetries(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const retries = Number(value);
  if (typeof value !== "string" || !/^\d+$/.test(value) || retries > 10) {
    throw new CliUsageError(
      `--retries expects a whole number from 0 to 10, got "${String(value)}"`,
    );
  }
  return retries;
}
