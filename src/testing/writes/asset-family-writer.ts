import type { JsonObject } from "../json-types.js";
import type { ResourceWriter } from "./resource-writer.js";

/** Code of the text attribute Akeneo creates with every asset family. */
const LABEL_ATTRIBUTE = "label";
/** Code of the media attribute Akeneo creates with every asset family and names as main media. */
const MEDIA_ATTRIBUTE = "media";

/**
 * Rules for asset families: like Akeneo, a new family comes with a `label` text attribute and a
 * `media` image attribute, and `attribute_as_main_media` names `media` unless the body says
 * otherwise, so the family is never answered without a main media.
 */
export function createAssetFamilyWriter(): ResourceWriter {
  return {
    keyField: "code",
    defaults: () => ({ labels: {}, attribute_as_main_media: MEDIA_ATTRIBUTE }),
    complete: (candidate, existing, context) => {
      if (existing !== undefined) return candidate;
      const attributes = context.catalog.assetAttributes.of(String(candidate.code));
      for (const attribute of createDefaultAttributes()) {
        const code = String(attribute.code);
        if (!attributes.has(code)) attributes.put(code, attribute);
      }
      return candidate;
    },
  };
}

function createDefaultAttributes(): JsonObject[] {
  const common = {
    value_per_channel: false,
    is_required_for_completeness: false,
    is_read_only: false,
  };
  return [
    {
      code: LABEL_ATTRIBUTE,
      type: "text",
      labels: {},
      value_per_locale: true,
      ...common,
      is_textarea: false,
      is_rich_text_editor: false,
      validation_rule: "none",
      validation_regexp: null,
    },
    {
      code: MEDIA_ATTRIBUTE,
      type: "media_file",
      labels: {},
      value_per_locale: false,
      ...common,
      allowed_extensions: [],
      max_file_size: null,
      media_type: "image",
    },
  ];
}
