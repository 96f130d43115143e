/**
 * Emulator traffic the conformance suite does not send through `prism proxy`, by operation, with
 * the reason; test/testing covers each of these against the emulator directly.
 */
export const UNREACHABLE_TRAFFIC: Readonly<Record<string, string>> = Object.freeze({
  "PATCH /products, /products-uuid, /product-models, /categories, /attributes, /attributes/{attribute_code}/options, /attribute-groups, /families, /families/{family_code}/variants, /channels, /association-types, /assets, /asset-categories (NDJSON upsert lists)":
    "Prism JSON-parses every +json body, so a multi-line application/vnd.akeneo.collection+json body never reaches the emulator (400 invalid_json)",
  "GET /media-files/{code}, /media-files/{code}/download, /asset-media-files/{code}, /reference-entities-media-files/{code}, /category-media-files/{file_path}/download with literal slashes":
    "media codes contain slashes (a/b/c/d/…_file.png) and no Prism route matches several segments; the suite sends the same codes with %2F-encoded slashes, which the emulator accepts too",
  "requests that break the description (no bearer token, no token body, a wrong Content-Type, limit outside 1–100, a body missing a required property)":
    "with --errors, Prism answers them itself (401/422) without forwarding, so the emulator's 400/401/415/422 for them never meets Prism's response check",
  "fault injections (429, 5xx on the k-th request, connection resets, slow answers, the proxy-style error page)":
    "they play broken infrastructure on purpose; conformance is about the emulator's regular answers",
});
