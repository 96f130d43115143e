/** Orders strings by code point, so that generated files do not depend on the machine's locale. */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
