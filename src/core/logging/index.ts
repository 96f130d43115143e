export { createConsoleLogger } from "./console-logger.js";
export { createSdkLogger } from "./create-sdk-logger.js";
export { describeUrlForLog, pickLoggedHeaders } from "./log-allow-list.js";
export {
  LOG_LEVEL_RANK,
  type LogDetails,
  type Logger,
  type LogLevel,
  type SdkLogger,
} from "./logger.js";
