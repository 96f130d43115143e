import { resolve } from "node:path";

/** The description the generator reads when none is given: the most complete one we know. */
export const DEFAULT_SPEC_PATH = "../shared/openapi/pre-paas-cleanup-b88a0c9c/akeneo-web-api.json";

/** Picks the description to read: `--spec PATH`, then `AKENEO_SPEC`, then the default. */
export function resolveSpecPath(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const flag = argv.indexOf("--spec");
  const fromFlag = flag >= 0 ? argv[flag + 1] : argv.find((a) => a.startsWith("--spec="))?.slice(7);
  return resolve(fromFlag ?? env.AKENEO_SPEC ?? DEFAULT_SPEC_PATH);
}
