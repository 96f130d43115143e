import { build } from "esbuild";

/** Bundles an entry for browsers the way a user's bundler would, and returns the code and inputs. */
async function bundleForBrowsers(entry: string): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
    metafile: true,
  });
  return { code: result.outputFiles[0]?.text ?? "", inputs: Object.keys(result.metafile.inputs) };
}

describe("the Apps helpers on every runtime", () => {
  it("bundle for browsers with no Node built-in, no Buffer and no process", async () => {
    const { code, inputs } = await bundleForBrowsers("src/apps/index.ts");
    expect(inputs).toContain("src/apps/id-token.ts");
    expect(
      inputs.filter((input) => input.startsWith("node:") || input.includes("node_modules")),
    ).toEqual([]);
    expect(code).not.toMatch(/\bBuffer\b|\bprocess\.|\brequire\(/);
  });
});
