import { createSdkLogger, type SdkLogger } from "../../../src/core/logging/index.js";

/** A logger that records nothing. */
export const silentLogger: SdkLogger = createSdkLogger(undefined, "silent");
