import { runSmokeSuite, type SmokeReport, type SmokeSdk, type SmokeTarget } from "./smoke-suite.js";

/** Where the browser page leaves the report for the driver to read. */
export const BROWSER_REPORT_GLOBAL = "smokeReport";

/** Runs the smoke suite in a page: the target comes as JSON in the URL's fragment. */
export function runBrowserSmoke(sdk: SmokeSdk): void {
  const target = JSON.parse(decodeURIComponent(location.hash.slice(1))) as SmokeTarget;
  const report: Promise<SmokeReport> = runSmokeSuite(sdk, target);
  Object.assign(globalThis, { [BROWSER_REPORT_GLOBAL]: report });
}
