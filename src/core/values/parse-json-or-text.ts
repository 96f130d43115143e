/**
 * Returns the JSON value a text holds, or the text itself when it is not JSON: an error answer
 * is shown as the server sent it rather than lost.
 */
export function parseJsonOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
