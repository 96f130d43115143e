import { InvalidArgumentError } from "../core/errors/index.js";

/** What was wrong with a value line, field by field. */
export interface InvalidValueDetails {
  /** The attribute code, when the caller named it. */
  attribute: string | undefined;
  /** The attribute type the data was checked against. */
  attributeType: string;
  /** What the data should have been. */
  reason: string;
}

/** Thrown before any request when a value line's data does not fit its attribute type. */
export class InvalidValueError extends InvalidArgumentError {
  override name = "InvalidValueError";
  /** The attribute code, when known. */
  readonly attribute: string | undefined;
  /** The attribute type the data was checked against. */
  readonly attributeType: string;
  /** What the data should have been. */
  readonly reason: string;

  constructor(details: InvalidValueDetails) {
    const subject = details.attribute === undefined ? "value" : `value of "${details.attribute}"`;
    super(`Invalid ${subject} (${details.attributeType}): ${details.reason}`);
    this.attribute = details.attribute;
    this.attributeType = details.attributeType;
    this.reason = details.reason;
  }
}
