import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Readable, Writable } from "openapi-typescript-helpers";
import type * as Models from "../../generated/models.js";
import type { components } from "../../generated/schema.js";

type Schemas = components["schemas"];

/** True when each type accepts every value of the other. */
type Fits<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * The proof for one schema: the read type is what openapi-fetch computes for an answer, the write
 * type is what it accepts in a request body, and what was read can be sent back.
 */
type Proof<N extends keyof Schemas, Read, Write> = [
  Fits<Readable<Schemas[N]>, Read>,
  Fits<Writable<Schemas[N]>, Write>,
  Read extends Write ? true : false,
];

function prove<T extends [true, true, true]>(_proof: T): void {}
const P: [true, true, true] = [true, true, true];

// One line per named schema; the test below checks that the list is complete, so a schema added to
// Akeneo's description fails here until its named types are proven too.
const PROVEN = {
  Asset: prove<Proof<"Asset", Models.Asset, Models.AssetWrite>>(P),
  AssetAttribute:
    prove<Proof<"AssetAttribute", Models.AssetAttribute, Models.AssetAttributeWrite>>(P),
  AssetAttributeOption:
    prove<
      Proof<"AssetAttributeOption", Models.AssetAttributeOption, Models.AssetAttributeOptionWrite>
    >(P),
  AssetFamily: prove<Proof<"AssetFamily", Models.AssetFamily, Models.AssetFamilyWrite>>(P),
  AssociationType:
    prove<Proof<"AssociationType", Models.AssociationType, Models.AssociationTypeWrite>>(P),
  Attribute: prove<Proof<"Attribute", Models.Attribute, Models.AttributeWrite>>(P),
  AttributeGroup:
    prove<Proof<"AttributeGroup", Models.AttributeGroup, Models.AttributeGroupWrite>>(P),
  AttributeOption:
    prove<Proof<"AttributeOption", Models.AttributeOption, Models.AttributeOptionWrite>>(P),
  BatchItemResult:
    prove<Proof<"BatchItemResult", Models.BatchItemResult, Models.BatchItemResultWrite>>(P),
  BulkLineResult:
    prove<Proof<"BulkLineResult", Models.BulkLineResult, Models.BulkLineResultWrite>>(P),
  Catalog: prove<Proof<"Catalog", Models.Catalog, Models.CatalogWrite>>(P),
  Category: prove<Proof<"Category", Models.Category, Models.CategoryWrite>>(P),
  Channel: prove<Proof<"Channel", Models.Channel, Models.ChannelWrite>>(P),
  Currency: prove<Proof<"Currency", Models.Currency, Models.CurrencyWrite>>(P),
  ErrorBody: prove<Proof<"ErrorBody", Models.ErrorBody, Models.ErrorBodyWrite>>(P),
  Family: prove<Proof<"Family", Models.Family, Models.FamilyWrite>>(P),
  FamilyVariant: prove<Proof<"FamilyVariant", Models.FamilyVariant, Models.FamilyVariantWrite>>(P),
  ItemLinks: prove<Proof<"ItemLinks", Models.ItemLinks, Models.ItemLinksWrite>>(P),
  Link: prove<Proof<"Link", Models.Link, Models.LinkWrite>>(P),
  ListLinks: prove<Proof<"ListLinks", Models.ListLinks, Models.ListLinksWrite>>(P),
  Locale: prove<Proof<"Locale", Models.Locale, Models.LocaleWrite>>(P),
  MeasureFamily: prove<Proof<"MeasureFamily", Models.MeasureFamily, Models.MeasureFamilyWrite>>(P),
  MeasurementFamily:
    prove<Proof<"MeasurementFamily", Models.MeasurementFamily, Models.MeasurementFamilyWrite>>(P),
  MeasurementValue:
    prove<Proof<"MeasurementValue", Models.MeasurementValue, Models.MeasurementValueWrite>>(P),
  MediaFile: prove<Proof<"MediaFile", Models.MediaFile, Models.MediaFileWrite>>(P),
  PamAsset: prove<Proof<"PamAsset", Models.PamAsset, Models.PamAssetWrite>>(P),
  PamAssetCategory:
    prove<Proof<"PamAssetCategory", Models.PamAssetCategory, Models.PamAssetCategoryWrite>>(P),
  PamAssetTag: prove<Proof<"PamAssetTag", Models.PamAssetTag, Models.PamAssetTagWrite>>(P),
  PasswordGrantRequest:
    prove<
      Proof<"PasswordGrantRequest", Models.PasswordGrantRequest, Models.PasswordGrantRequestWrite>
    >(P),
  PriceValue: prove<Proof<"PriceValue", Models.PriceValue, Models.PriceValueWrite>>(P),
  Product: prove<Proof<"Product", Models.Product, Models.ProductWrite>>(P),
  ProductModel: prove<Proof<"ProductModel", Models.ProductModel, Models.ProductModelWrite>>(P),
  ProductUuid: prove<Proof<"ProductUuid", Models.ProductUuid, Models.ProductUuidWrite>>(P),
  ProductValueData:
    prove<Proof<"ProductValueData", Models.ProductValueData, Models.ProductValueDataWrite>>(P),
  PublishedProduct:
    prove<Proof<"PublishedProduct", Models.PublishedProduct, Models.PublishedProductWrite>>(P),
  ReferenceEntity:
    prove<Proof<"ReferenceEntity", Models.ReferenceEntity, Models.ReferenceEntityWrite>>(P),
  ReferenceEntityAttribute:
    prove<
      Proof<
        "ReferenceEntityAttribute",
        Models.ReferenceEntityAttribute,
        Models.ReferenceEntityAttributeWrite
      >
    >(P),
  ReferenceEntityAttributeOption:
    prove<
      Proof<
        "ReferenceEntityAttributeOption",
        Models.ReferenceEntityAttributeOption,
        Models.ReferenceEntityAttributeOptionWrite
      >
    >(P),
  ReferenceEntityRecord:
    prove<
      Proof<
        "ReferenceEntityRecord",
        Models.ReferenceEntityRecord,
        Models.ReferenceEntityRecordWrite
      >
    >(P),
  RefreshTokenGrantRequest:
    prove<
      Proof<
        "RefreshTokenGrantRequest",
        Models.RefreshTokenGrantRequest,
        Models.RefreshTokenGrantRequestWrite
      >
    >(P),
  SystemInformation:
    prove<Proof<"SystemInformation", Models.SystemInformation, Models.SystemInformationWrite>>(P),
  TokenAnswer: prove<Proof<"TokenAnswer", Models.TokenAnswer, Models.TokenAnswerWrite>>(P),
  ValidationErrorDetail:
    prove<
      Proof<
        "ValidationErrorDetail",
        Models.ValidationErrorDetail,
        Models.ValidationErrorDetailWrite
      >
    >(P),
  Workflow: prove<Proof<"Workflow", Models.Workflow, Models.WorkflowWrite>>(P),
};

describe("generated named types", () => {
  it("prove every exported schema type in both directions", () => {
    const index = readFileSync(resolve(__dirname, "../../generated/index.ts"), "utf8");
    const exported = [...index.matchAll(/^ {2}(\w+),$/gm)].map((m) => m[1] as string);
    const readNames = exported.filter((name) => !name.endsWith("Write"));
    expect(Object.keys(PROVEN).sort()).toEqual(readNames.sort());
    expect(exported.filter((name) => name.endsWith("Write")).sort()).toEqual(
      readNames.map((name) => `${name}Write`).sort(),
    );
  });
});
