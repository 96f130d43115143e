import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { PROJECT_ROOT } from "../packaging/packed-artifact.js";

/** A consumer bundled for the browser: its code, its sizes, and the Node built-ins it asked for. */
export interface WebBundle {
  readonly code: string;
  readonly minifiedBytes: number;
  readonly gzippedBytes: number;
  readonly nodeBuiltins: readonly string[];
}

const NODE_BUILTIN =
  /^(node:|(fs|fs\/promises|os|path|crypto|stream|stream\/promises|stream\/web|http|https|net|url|util|zlib|child_process|worker_threads|buffer|events)$)/;

// Records each Node built-in asked for and leaves it out, so that the test names them all.
function recordNodeBuiltins(found: string[]): Plugin {
  return {
    name: "record-node-builtins",
    setup(plugin) {
      plugin.onResolve({ filter: NODE_BUILTIN }, (args) => {
        found.push(args.path);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Bundles `source` (importing `akeneo-pim-sdk`) as a browser bundler would, minified. */
export async function bundleForBrowser(source: string, format: "esm" | "iife"): Promise<WebBundle> {
  const nodeBuiltins: string[] = [];
  const result = await build({
    stdin: { contents: source, resolveDir: PROJECT_ROOT, loader: "js" },
    bundle: true,
    minify: true,
    platform: "browser",
    format,
    write: false,
    logLevel: "silent",
    alias: { "akeneo-pim-sdk": join(PROJECT_ROOT, "dist/index.js") },
    plugins: [recordNodeBuiltins(nodeBuiltins)],
  });
  const code = result.outputFiles[0]?.text ?? "";
  return {
    code,
    minifiedBytes: Buffer.byteLength(code),
    gzippedBytes: gzipSync(code, { level: 9 }).byteLength,
    nodeBuiltins,
  };
}
