export {
  createGlobalFetch,
  type DefaultFetchSizing,
  type Platform,
  type PlatformFile,
  WEB_PLATFORM,
} from "./platform.js";
