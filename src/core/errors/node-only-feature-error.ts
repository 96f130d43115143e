import { AkeneoError } from "./akeneo-error.js";

/**
 * Thrown when a feature that needs Node (its file system) is used from the web build of the SDK,
 * which bundlers pick for browsers and workers; nothing is sent.
 */
export class NodeOnlyFeatureError extends AkeneoError {
  override name = "NodeOnlyFeatureError";
  /** The feature that was asked for, e.g. "an upload from a file path". */
  readonly feature: string;

  /**
   * @param feature What was asked for, e.g. "an upload from a file path".
   * @param instead What works on every runtime, e.g. "pass a Blob or a ReadableStream".
   */
  constructor(feature: string, instead: string) {
    super(
      `${feature} needs Node's file system, which this build of akeneo-pim-sdk (the web build, ` +
        `chosen outside Node, Bun and Deno) does not have: ${instead}`,
    );
    this.feature = feature;
  }
}
