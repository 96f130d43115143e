import { join } from "node:path";
import { build } from "esbuild";

const SMOKE_FOLDER = join(__dirname, "smoke");

/**
 * Bundles the server smoke entry into `consumer/smoke.mjs`; the SDK stays an import of the package
 * installed there from the packed tarball, so each runtime resolves the built package itself.
 */
export async function bundleServerSmoke(consumer: string): Promise<string> {
  const outfile = join(consumer, "smoke.mjs");
  await build({
    stdin: {
      contents: `import * as sdk from "akeneo-pim-sdk";
import { runServerSmoke } from ${JSON.stringify(join(SMOKE_FOLDER, "server-entry.ts"))};
await runServerSmoke(sdk);`,
      resolveDir: consumer,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "neutral",
    target: "es2022",
    external: ["akeneo-pim-sdk", "node:*"],
    outfile,
    logLevel: "silent",
  });
  return outfile;
}

/** Bundles the browser smoke page's script, the SDK included, from the package installed in `consumer`. */
export async function bundleBrowserSmoke(consumer: string): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import * as sdk from "akeneo-pim-sdk";
import { runBrowserSmoke } from ${JSON.stringify(join(SMOKE_FOLDER, "browser-entry.ts"))};
runBrowserSmoke(sdk);`,
      resolveDir: consumer,
      loader: "ts",
    },
    bundle: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    write: false,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}
