// The `akeneo-pim-sdk/endpoints` entry: one typed function per operation of Akeneo's API, called
// with a client's `raw` layer. Kept out of the root entry so that its exports stay few.

export * from "../../generated/endpoints.js";
