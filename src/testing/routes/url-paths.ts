/** Fills a route template with parameter values, percent-encoding each one. */
export function fillPath(template: string, params: Readonly<Record<string, string>>): string {
  return template.replace(/\{([a-z_]+)(\+?)\}/g, (_match, name: string, greedy: string) =>
    encodeKey(params[name] ?? "", greedy === "+"),
  );
}

/** Percent-encodes a key for a URL; `keepSlashes` keeps `/` literal (media codes). */
export function encodeKey(key: string, keepSlashes: boolean): string {
  return keepSlashes ? key.split("/").map(encodeURIComponent).join("/") : encodeURIComponent(key);
}
