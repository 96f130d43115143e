import type { Platform } from "../core/platform/index.js";
import { openUploadPath } from "../resources/media/open-upload-path.js";
import { spoolStreamAsFile } from "../resources/media/spool-stream.js";
import { writeFileAtomically } from "../resources/media/write-file-atomically.js";
import { createDefaultFetch } from "./default-fetch.js";

/**
 * What Node (and Bun and Deno, which load this entry) add to the web-standard core: uploads read
 * from disk, stream uploads spooled to a temporary file, `downloadTo`, and the undici transport.
 */
export const NODE_PLATFORM: Platform = Object.freeze({
  createDefaultFetch,
  openFile: openUploadPath,
  spoolStream: spoolStreamAsFile,
  writeFileAtomically,
});
