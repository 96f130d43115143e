/**
 * Prism's complaints about the example answers of the normalized description, by endpoint
 * function name: the example (Akeneo's) and the schema (repaired) disagree. Each is a defect of
 * the description, not of a request; the suite fails when one appears or disappears.
 */
export const KNOWN_ANSWER_VIOLATIONS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  listAttributes: [
    'Response body property _embedded.items.1.date_min must match format "date-time"',
    'Response body property _embedded.items.1.date_max must match format "date-time"',
    "Response body property _embedded.items.2.type must be equal to one of the allowed values: pim_catalog_identifier, pim_catalog_metric, pim_catalog_number, pim_catalog_reference_data_multi_select, pim_catalog_reference_data_simple_select, pim_catalog_simpleselect, pim_catalog_multiselect, pim_catalog_date, pim_catalog_textarea, pim_catalog_text, pim_catalog_file, pim_catalog_image, pim_catalog_price_collection, pim_catalog_boolean, akeneo_reference_entity, akeneo_reference_entity_collection, pim_catalog_asset_collection, pim_catalog_product_link",
  ],
  listFamilyVariants: [
    "Response body must have required property '_links'",
    "Response body must have required property '_embedded'",
  ],
  listProductModels: [
    "Response body property _embedded.items.0.quality_scores must be object",
    "Response body property _embedded.items.1.quality_scores must be object",
  ],
  listReferenceEntityRecords: [
    'Response body property _embedded.items.0.updated must match format "date-time"',
    'Response body property _embedded.items.1.updated must match format "date-time"',
    'Response body property _embedded.items.2.updated must match format "date-time"',
  ],
});
