const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Waits until a request just sent has left, before a long synchronous step (a page's parse).
 *
 * undici (Node's `fetch` and the Node transport) writes a request on a kept-alive connection
 * only on the turn of the event loop after the last answer on it ended, once it has checked
 * that the idle socket is still sound: two turns let it go out. Runtimes without `setImmediate`
 * (browsers) go on at once.
 */
export async function letRequestGoOut(): Promise<void> {
  if (typeof setImmediate !== "function") return;
  await nextTurn();
  await nextTurn();
}
