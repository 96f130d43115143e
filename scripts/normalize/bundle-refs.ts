import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { load as parseYaml } from "js-yaml";
import { isJsonObject, type JsonObject, type JsonValue } from "./json-value.js";

/** A description could not be read, parsed or resolved; the message says which file and why. */
export class DescriptionError extends Error {
  override name = "DescriptionError";
}

/** Parses JSON or YAML text; `origin` names the file in error messages. */
export function parseDescriptionText(text: string, origin: string): JsonValue {
  try {
    return (text.trimStart().startsWith("{") ? JSON.parse(text) : parseYaml(text)) as JsonValue;
  } catch (error) {
    throw new DescriptionError(`${origin}: not JSON or YAML (${(error as Error).message})`);
  }
}

function readFile(path: string): JsonValue {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new DescriptionError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code})`);
  }
  return parseDescriptionText(text, path);
}

function followPointer(document: JsonValue, pointer: string, origin: string): JsonValue {
  let node: JsonValue | undefined = document;
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    node = Array.isArray(node) ? node[Number(key)] : isJsonObject(node) ? node[key] : undefined;
    if (node === undefined)
      throw new DescriptionError(`${origin}: unresolved reference #${pointer}`);
  }
  return node;
}

/**
 * Inlines every reference of a description split over several files.
 *
 * Akeneo's split sources point at other files relative to the referring file, while `#/…`
 * references always mean the root document, even from nested files: so they are resolved
 * against the root once the files are merged.
 */
export function bundleSplitDescription(rootPath: string): JsonValue {
  const cache = new Map<string, JsonValue>();
  const load = (path: string): JsonValue => {
    const cached = cache.get(path) ?? readFile(path);
    cache.set(path, cached);
    return cached;
  };
  const inlineFiles = (node: JsonValue, baseDir: string, stack: readonly string[]): JsonValue => {
    if (Array.isArray(node)) return node.map((item) => inlineFiles(item, baseDir, stack));
    if (!isJsonObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === "string" && !ref.startsWith("#")) {
      const [file = "", pointer = ""] = ref.split("#");
      const target = resolve(baseDir, file);
      const key = `${target}#${pointer}`;
      if (stack.includes(key)) throw new DescriptionError(`${target}: circular file reference`);
      const loaded = followPointer(load(target), pointer, target);
      return inlineFiles(loaded, dirname(target), [...stack, key]);
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = inlineFiles(v, baseDir, stack);
    return out;
  };
  const absolute = resolve(rootPath);
  return dereferenceLocal(inlineFiles(load(absolute), dirname(absolute), [absolute]), absolute);
}

/** Replaces every `#/…` reference by a copy of its target, refusing cycles. */
export function dereferenceLocal(root: JsonValue, origin: string): JsonValue {
  const walk = (node: JsonValue, stack: readonly string[]): JsonValue => {
    if (Array.isArray(node)) return node.map((item) => walk(item, stack));
    if (!isJsonObject(node)) return node;
    const ref = node.$ref;
    if (typeof ref === "string" && ref.startsWith("#")) {
      if (stack.includes(ref)) throw new DescriptionError(`${origin}: circular reference ${ref}`);
      return walk(followPointer(root, ref.slice(1), origin), [...stack, ref]);
    }
    const out: JsonObject = {};
    for (const [k, v] of Object.entries(node)) out[k] = walk(v, stack);
    return out;
  };
  return walk(root, []);
}
