import { InvalidArgumentError } from "../errors/index.js";

/**
 * Encodes one value as a compact JSON line (without the line separator).
 *
 * JSON escapes line breaks inside strings, so the result never spans two lines.
 *
 * @throws InvalidArgumentError when the value has no JSON form (`undefined`, a function, a cycle,
 *   a BigInt).
 */
export function encodeNdjsonLine(value: unknown): string {
  let line: string | undefined;
  try {
    line = JSON.stringify(value) as string | undefined;
  } catch (cause) {
    throw new InvalidArgumentError("Value cannot be encoded as JSON", { cause });
  }
  if (line === undefined) {
    throw new InvalidArgumentError(`Value of type ${typeof value} cannot be encoded as JSON`);
  }
  return line;
}

/**
 * Encodes values as NDJSON: one compact JSON document per line, separated by `\n`.
 *
 * No newline follows the last line; Akeneo accepts both forms.
 *
 * @throws InvalidArgumentError naming the 1-based position of a value that has no JSON form.
 */
export function encodeNdjson(values: Iterable<unknown>): string {
  const lines: string[] = [];
  for (const value of values) {
    try {
      lines.push(encodeNdjsonLine(value));
    } catch (cause) {
      throw new InvalidArgumentError(
        `NDJSON value #${lines.length + 1} cannot be encoded as JSON`,
        {
          cause,
        },
      );
    }
  }
  return lines.join("\n");
}
