import type { JsonObject } from "../json-value.js";
import { forEachOperation } from "../operations.js";

function toWords(name: string): string {
  const words = name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Gives every operation a summary made from the SDK's own name for it ("List products"), in
 * place of Akeneo's stripped prose.
 */
export function writeSummaries(
  document: JsonObject,
  names: Readonly<Record<string, { name: string }>>,
): JsonObject {
  forEachOperation(document, ({ operation }) => {
    const name = names[String(operation.operationId)]?.name;
    if (name !== undefined) operation.summary = toWords(name);
  });
  return document;
}
