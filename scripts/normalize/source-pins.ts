import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One description of Akeneo's API that the project knows, pinned by commit and checksum. */
export interface SourcePin {
  name: string;
  repository: string;
  path: string;
  commit: string;
  operations: number;
  sha256: string;
}

/** Reads openapi/sources.json. */
export function readSourcePins(openapiDir: string): SourcePin[] {
  const parsed = JSON.parse(readFileSync(join(openapiDir, "sources.json"), "utf8")) as {
    sources: SourcePin[];
  };
  return parsed.sources;
}

/** Names the pinned source a file is, by checksum, or says that it is not a pinned one. */
export function describeSource(sha256: string, pins: readonly SourcePin[]): string {
  const pin = pins.find((p) => p.sha256 === sha256);
  return pin === undefined
    ? `an unpinned description (sha256 ${sha256}); add it to openapi/sources.json once reviewed`
    : `${pin.repository}/${pin.path} at ${pin.commit.slice(0, 8)} (${pin.name})`;
}
