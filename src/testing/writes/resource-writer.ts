import type { JsonObject } from "../json-types.js";
import type { Catalog } from "../store/catalog.js";

/** Why a write was refused, in Akeneo's words. */
export interface WriteFailure {
  readonly status: 400 | 404 | 422;
  readonly message: string;
  readonly errors?: JsonObject[];
}

/** What a writer may consult while checking a resource. */
export interface WriteContext {
  readonly catalog: Catalog;
  /** Route parameters (parent codes such as `family_code`). */
  readonly params: Readonly<Record<string, string>>;
  readonly nowMs: number;
}

/** The rules for writing one kind of resource. */
export interface ResourceWriter {
  /** Body property holding the key (`code`, `identifier`, `uuid`). */
  readonly keyField: string;
  /** Properties a body may carry; others answer 422. Undefined accepts any. */
  readonly allowedProperties?: ReadonlySet<string>;
  /** Properties ignored on input because the server owns them. */
  readonly serverProperties?: ReadonlySet<string>;
  /** Which server-owned dates the write stamps. @default none */
  readonly timestamps?: "created+updated" | "updated";
  /** Message of the 422 answered when a create hits an existing key. */
  readonly duplicateMessage?: string;
  /** The shape of a new resource before the body is merged into it. */
  defaults?(key: string, context: WriteContext): JsonObject;
  /** A key for a create that names none (products-uuid generates a uuid). */
  generateKey?(): string;
  /** Moves body properties to where the store keeps them (the uuid view's identifier). */
  normalizeInput?(input: JsonObject, context: WriteContext): JsonObject;
  /** Checks the merged resource; answers the failure, if any. */
  validate?(candidate: JsonObject, context: WriteContext, key: string): WriteFailure | undefined;
  /** Fills derived properties just before storing. */
  complete?(
    candidate: JsonObject,
    existing: JsonObject | undefined,
    context: WriteContext,
  ): JsonObject;
}

/** Builds the 422 Akeneo answers for a rejected property value. */
export function failValidation(
  property: string,
  message: string,
  extra: JsonObject = {},
): WriteFailure {
  return { status: 422, message: "Validation failed.", errors: [{ property, message, ...extra }] };
}

/** Builds the 422 Akeneo answers when a property names something that does not exist. */
export function failUnknownReference(property: string, what: string, given: string): WriteFailure {
  return {
    status: 422,
    message: `Property "${property}" expects a valid ${what} code. The ${what} does not exist, "${given}" given.`,
  };
}
