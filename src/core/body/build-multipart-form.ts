/**
 * Tells whether a request body is an object with at least one Blob (or File) value.
 *
 * Such bodies are uploads: they become multipart forms instead of JSON.
 */
export function isMultipartBody(body: unknown): body is Readonly<Record<string, unknown>> {
  if (!isPlainObject(body)) return false;
  return Object.values(body).some((value) => value instanceof Blob);
}

/**
 * Builds a multipart form from an upload body: Blob values become file parts, everything else
 * plain fields.
 *
 * Objects are sent as their JSON text in a plain field, never as a part with a file name: Akeneo
 * (Symfony) files every part that has a file name under uploaded files, so a JSON `product` part
 * sent as a file is not seen and the upload answers 422. `undefined` and `null` values are left out.
 */
export function buildMultipartForm(body: Readonly<Record<string, unknown>>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined || value === null) continue;
    if (value instanceof Blob) form.append(name, value, fileNameOf(value, name));
    else if (typeof value === "string") form.append(name, value);
    else form.append(name, JSON.stringify(value));
  }
  return form;
}

// Symfony only treats a part as an uploaded file when it carries a file name.
function fileNameOf(blob: Blob, field: string): string {
  return blob instanceof File && blob.name !== "" ? blob.name : field;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
