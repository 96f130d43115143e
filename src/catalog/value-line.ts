/** One line of a product value: the data for one channel (`scope`) and one locale, or for all. */
export interface ValueLine<
  Data = unknown,
  Scope extends string | null = string | null,
  Locale extends string | null = string | null,
> {
  /** The channel the data is for; `null` when the attribute is not scopable. */
  scope: Scope;
  /** The locale the data is for; `null` when the attribute is not localizable. */
  locale: Locale;
  /** The data; `null` erases the value on a write, and is how empty values read back. */
  data: Data | null;
}

/** The data type of the lines stored under one attribute of a values object. */
export type DataOfLines<Lines> =
  NonNullable<Lines> extends readonly (infer Line)[]
    ? Line extends { data?: infer Data }
      ? Exclude<Data, null | undefined>
      : never
    : never;
