/** One attribute as typegen needs it. */
export interface AttributeStructure {
  readonly code: string;
  readonly type: string;
  readonly localizable: boolean;
  readonly scopable: boolean;
  /** Option codes of a select attribute, in the PIM's order. */
  readonly options: readonly string[] | undefined;
}

/** One family: its attributes and, per channel, the ones required for completeness. */
export interface FamilyStructure {
  readonly code: string;
  readonly attributes: readonly string[];
  readonly requirements: Readonly<Record<string, readonly string[]>>;
}

/** The structure of a PIM that decides what its products look like. */
export interface CatalogStructure {
  readonly families: readonly FamilyStructure[];
  readonly attributes: readonly AttributeStructure[];
  readonly channels: readonly string[];
  /** Enabled locales. */
  readonly locales: readonly string[];
  /** Enabled currencies. */
  readonly currencies: readonly string[];
}
