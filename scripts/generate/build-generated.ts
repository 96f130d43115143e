import type { JsonObject } from "../normalize/json-value.js";
import { loadDescription } from "../normalize/load-description.js";
import {
  type NamingMap,
  normalizeDescription,
  type RepairRules,
} from "../normalize/normalize-description.js";
import { describeSource, type SourcePin } from "../normalize/source-pins.js";
import { validateDescription } from "../normalize/validate-description.js";
import { describeOperations, type OperationFacts } from "./describe-operations.js";
import { emitEndpoints } from "./emit-endpoints.js";
import { emitFacadeOperations } from "./emit-facade-operations.js";
import { emitIndex } from "./emit-index.js";
import { emitModels } from "./emit-models.js";
import {
  emitOperationTypes,
  type OperationTypes,
  operationsWithRequiredParameters,
} from "./emit-operation-types.js";
import { emitOperations } from "./emit-operations.js";
import { emitRuntimeFacts } from "./emit-runtime-facts.js";
import { formatGenerated } from "./format-generated.js";
import { generateSchemaTypes } from "./generate-types.js";
import type { GeneratedFiles } from "./write-generated.js";

/** Everything one generator run produces, before anything is written. */
export interface GeneratorOutput {
  files: GeneratedFiles;
  normalized: JsonObject;
  operations: OperationFacts[];
  warnings: string[];
  validationWarnings: number;
  /** Which pinned description was read, or that it was not a pinned one. */
  source: string;
}

/** A generator run that must not write anything; the message says why. */
export class GenerationError extends Error {
  override name = "GenerationError";
}

/**
 * Runs the whole pipeline in memory: load, normalize, validate, generate types, emit endpoint
 * functions and the operation table, format them. Throws GenerationError on anything that is
 * not clean.
 */
export async function buildGenerated(
  specPath: string,
  rules: RepairRules,
  naming: NamingMap,
  pins: readonly SourcePin[],
): Promise<GeneratorOutput> {
  const loaded = loadDescription(specPath);
  const normalized = normalizeDescription(loaded, rules, naming);
  const problems = await validateDescription(normalized.document);
  const errors = problems.filter((p) => p.severity === "error");
  if (errors.length > 0) {
    const list = errors.slice(0, 20).map((p) => `  ${p.rule} at ${p.pointer}: ${p.message}`);
    throw new GenerationError(
      `${specPath}: the normalized description is invalid:\n${list.join("\n")}`,
    );
  }
  const described = describeOperations(
    normalized.document,
    naming.operations,
    rules.jsonArrayBatches,
  );
  const duplicates = described.warnings.filter((w) => w.includes("used twice"));
  if (duplicates.length > 0) throw new GenerationError(duplicates.join("\n"));
  const schemaText = await generateSchemaTypes(normalized.document);
  const models = emitModels(schemaText);
  const withRequiredParameters = operationsWithRequiredParameters(schemaText);
  const operationTypes = new Map<string, OperationTypes>();
  for (const op of described.operations) {
    const body = models.requestBodies.get(op.operationId);
    const answer = models.jsonAnswers.get(op.operationId);
    const error = models.errorAnswers.get(op.operationId);
    operationTypes.set(op.operationId, {
      ...(body === undefined ? {} : { body }),
      ...(answer === undefined ? {} : { answer }),
      ...(error === undefined ? {} : { error }),
      paramsRequired: withRequiredParameters.has(op.operationId),
    });
  }
  return {
    files: formatGenerated({
      "schema.ts": schemaText,
      "models.ts": models.text,
      "operation-types.ts": emitOperationTypes(described.operations, operationTypes, models.names),
      "endpoints.ts": emitEndpoints(described.operations, operationTypes),
      "operations.ts": emitOperations(described.operations),
      "runtime-facts.ts": emitRuntimeFacts(described.operations),
      "facade-operations.ts": emitFacadeOperations(
        described.operations,
        Object.values(naming.operations).flatMap((name) => name.facade ?? []),
      ),
      "index.ts": emitIndex(models.names),
    }),
    normalized: normalized.document,
    operations: described.operations,
    warnings: [...normalized.warnings, ...described.warnings],
    validationWarnings: problems.length,
    source: describeSource(loaded.sha256, pins),
  };
}
