import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One TypeScript example of the README, ready to run on its own. */
export interface ReadmeExample {
  /** The heading the example stands under. */
  heading: string;
  /** The example preceded by the setup block, as a reader would paste it. */
  source: string;
  /** The same, with the package's imports pointed at the sources, ready to run with tsx. */
  program: string;
}

const FENCE = /^```ts\n([\s\S]*?)^```$/gm;

function pointImportsAtSources(code: string, root: string): string {
  return code
    .replaceAll('from "akeneo-pim-sdk/testing"', `from "${join(root, "src/testing/index.ts")}"`)
    .replaceAll('from "akeneo-pim-sdk/endpoints"', `from "${join(root, "src/endpoints/index.ts")}"`)
    .replaceAll('from "akeneo-pim-sdk/raw"', `from "${join(root, "src/raw/index.ts")}"`)
    .replaceAll('from "akeneo-pim-sdk/redis"', `from "${join(root, "src/redis/index.ts")}"`)
    .replaceAll('from "akeneo-pim-sdk"', `from "${join(root, "src/node/index.ts")}"`);
}

/**
 * Reads the README's `ts` examples: the first is the setup every later one starts from, and each
 * later one becomes a program of its own (setup + example).
 */
export function readReadmeExamples(root: string): ReadmeExample[] {
  const text = readFileSync(join(root, "README.md"), "utf8");
  const blocks = [...text.matchAll(FENCE)].map((match) => {
    const before = text.slice(0, match.index);
    const heading = [...before.matchAll(/^#+ (.*)$/gm)].pop()?.[1] ?? "";
    return { heading, code: match[1] ?? "" };
  });
  const [setup, ...examples] = blocks;
  if (setup === undefined) return [];
  return examples.map(({ heading, code }) => {
    const source = `${setup.code}\n${code}`;
    return { heading, source, program: pointImportsAtSources(source, root) };
  });
}
