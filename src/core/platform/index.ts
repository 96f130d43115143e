export { createGlobalFetch, type Platform, type PlatformFile, WEB_PLATFORM } from "./platform.js";
