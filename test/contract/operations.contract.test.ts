import { resolve } from "node:path";
import { OPERATIONS, type OperationInfo } from "../../generated/operations.js";
import { CONTRACT_CREDENTIALS, createContractCoreClient } from "../support/contract-clients.js";
import { readPrismUrl } from "../support/prism-handle.js";
import { buildEndpointInit } from "./build-endpoint-init.js";
import { callEndpoint, expectAcceptedByPrism } from "./call-endpoint.js";
import { KNOWN_ANSWER_VIOLATIONS } from "./known-answer-violations.js";
import { readNormalizedDescription } from "./openapi-document.js";
import { PRISM_UNVALIDATABLE_OPERATIONS } from "./prism-unvalidatable-operations.js";

const ROOT_DIR = resolve(__dirname, "../..");
const document = readNormalizedDescription(ROOT_DIR);
const core = createContractCoreClient(readPrismUrl(), globalThis.fetch);
const basicAuthorization = `Basic ${btoa(`${CONTRACT_CREDENTIALS.clientId}:${CONTRACT_CREDENTIALS.secret}`)}`;

const validatedByPrism = OPERATIONS.filter(
  (info) => !(info.functionName in PRISM_UNVALIDATABLE_OPERATIONS),
);

function headersFor(info: OperationInfo): Record<string, string> {
  return info.authentication === "basic" ? { Authorization: basicAuthorization } : {};
}

describe("the operation table against Prism", () => {
  const answerViolations = new Map<string, readonly string[]>();

  test("lists only existing operations as unvalidatable by Prism", () => {
    const names = new Set(OPERATIONS.map((info) => info.functionName));
    const unknown = Object.keys(PRISM_UNVALIDATABLE_OPERATIONS).filter((name) => !names.has(name));
    expect(unknown).toEqual([]);
  });

  test("lists every NDJSON operation as unvalidatable by Prism", () => {
    const missing = OPERATIONS.filter(
      (info) => info.batch === "ndjson" && !(info.functionName in PRISM_UNVALIDATABLE_OPERATIONS),
    ).map((info) => info.functionName);
    expect(missing).toEqual([]);
  });

  test.each(validatedByPrism.map((info) => [info.functionName, info] as const))(
    "%s sends a request Prism accepts",
    async (_name, info) => {
      const init = { ...buildEndpointInit(document, info), headers: headersFor(info) };
      const outcome = await callEndpoint(core.api, info.functionName, init);
      if (outcome.answerViolations.length > 0) {
        answerViolations.set(info.functionName, outcome.answerViolations);
      }
      expectAcceptedByPrism(outcome.verdict);
    },
  );

  // Runs after the calls above, which collect what it compares.
  test("meets only the known disagreements between example answers and schemas", () => {
    expect(Object.fromEntries(answerViolations)).toEqual(KNOWN_ANSWER_VIOLATIONS);
  });
});
