import { InvalidArgumentError } from "../errors/index.js";
import { encodePathValue } from "./encode-path-value.js";

const PLACEHOLDER = /\{([^{}]+)\}/g;

/**
 * Fills the `{name}` placeholders of a URL with safely encoded path parameters.
 *
 * This is openapi-fetch's global `pathSerializer`: it receives the base URL joined with the path
 * template. Each value goes through `encodePathValue`, and a placeholder left without a value is
 * an error, so a request never reaches a URL that still holds `{code}`.
 *
 * @throws {InvalidArgumentError} for a missing or unsafe path parameter, before anything is sent.
 */
export function serializePath(pathname: string, pathParams: Record<string, unknown>): string {
  return pathname.replace(PLACEHOLDER, (_placeholder, name: string) => {
    const value = pathParams[name];
    if (value === undefined || value === null) {
      throw new InvalidArgumentError(`Missing path parameter "${name}"`);
    }
    return encodePathValue(name, value);
  });
}
