/**
 * The Node build of akeneo-pim-sdk, which Node, Bun and Deno load through the `node` package
 * condition: the same exports as the web build, with Node's file system behind uploads from a
 * path, stream uploads spooled to disk, `downloadTo` and `createFileTokenStore`.
 *
 * @module akeneo-pim-sdk (node)
 */

export { createFileTokenStore } from "../core/auth/file-token-store.js";
// Explicit exports win over `export *`: these four replace the web build's stand-ins.
export * from "../index.js";
export { AkeneoPimClientBuilder, createAkeneoClient, createAkeneoCore } from "./node-client.js";
