import { InvalidArgumentError } from "../core/errors/index.js";

/**
 * Checks a PIM URL received from outside (the `pim_url` of an activation request) and returns its
 * base without a trailing slash.
 *
 * Anyone can call an App's activation URL with any `pim_url`, so only a plain http(s) base is
 * accepted: no credentials, no query, no fragment, nothing a browser or `fetch` would read
 * differently from what the App shows or logs.
 */
export function resolvePimUrl(value: unknown, field = "pimUrl"): string {
  if (typeof value !== "string" || value.trim() === "") {
    throw new InvalidArgumentError(`${field} must be a non-empty URL string`);
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch (cause) {
    throw new InvalidArgumentError(`${field} is not an absolute URL`, { cause });
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new InvalidArgumentError(`${field} must use http or https, got ${url.protocol}`);
  }
  if (url.username !== "" || url.password !== "") {
    throw new InvalidArgumentError(`${field} must not carry credentials`);
  }
  if (url.search !== "" || url.hash !== "" || value.includes("?") || value.includes("#")) {
    throw new InvalidArgumentError(`${field} must not carry a query or a fragment`);
  }
  if (/[\s\\]/.test(value)) {
    throw new InvalidArgumentError(`${field} must not contain spaces or backslashes`);
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, "");
}
