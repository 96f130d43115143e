/**
 * Prism's complaints about the example answers of the normalized description, by endpoint
 * function name: the example (Akeneo's) and the schema (repaired) disagree. Each is a defect of
 * the description, not of a request; the suite fails when one appears or disappears.
 */
export const KNOWN_ANSWER_VIOLATIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  listAttributes: [
    'Response body property _embedded.items.1.date_min must match format "date-time"',
    'Response body property _embedded.items.1.date_max must match format "date-time"',
  ],
  listFamilyVariants: [
    "Response body must have required property '_links'",
    "Response body must have required property '_embedded'",
  ],
  listReferenceEntityRecords: [
    'Response body property _embedded.items.0.updated must match format "date-time"',
    'Response body property _embedded.items.1.updated must match format "date-time"',
    'Response body property _embedded.items.2.updated must match format "date-time"',
  ],
});
