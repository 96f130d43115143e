import {
  ABSENT_FACADE_METHODS,
  type AbsentFacadeMethod,
} from "../../generated/facade-operations.js";

type FacadeOf<M> = M extends `${infer Facade}.${string}` ? Facade : M;

/** A client member (`catalogs`) that calls an operation the description lacks. */
export type AbsentFacade = FacadeOf<AbsentFacadeMethod>;

/**
 * Drops the facades that call an operation the description lacks, so that using one fails to
 * compile at the call site ("Property 'catalogs' does not exist") instead of failing at run time.
 */
export type OfferedFacades<T> = { [K in keyof T as K extends AbsentFacade ? never : K]: T[K] };

// A facade is offered whole or not at all: one half-built facade would need its own type per
// description, and the facades of Akeneo's descriptions come and go whole.
function facadesOf(methods: readonly string[]): ReadonlySet<string> {
  return new Set(methods.map((method) => method.split(".")[0] ?? method));
}

/**
 * Builds the facades the description offers, and only those: a facade that calls an absent
 * method is never built (its endpoint functions do not exist) and is not a member at all.
 */
export function buildOfferedFacades<T>(
  builders: { [K in keyof T]: () => T[K] },
  absentMethods: readonly string[] = ABSENT_FACADE_METHODS,
): OfferedFacades<T> {
  const absent = facadesOf(absentMethods);
  const built: Record<string, unknown> = {};
  for (const [name, build] of Object.entries(builders) as [string, () => unknown][]) {
    if (!absent.has(name)) built[name] = build();
  }
  return built as OfferedFacades<T>;
}
