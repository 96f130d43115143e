/** Runs at most one task at a time; callers arriving meanwhile share its result. */
export interface SingleFlight<T> {
  /** Joins the running task, or starts `task` if none runs. */
  run(task: () => Promise<T>): Promise<T>;
}

/** Creates a single-flight runner (one per token cycler: nothing is shared between clients). */
export function createSingleFlight<T>(): SingleFlight<T> {
  let running: Promise<T> | undefined;
  return {
    run(task) {
      if (running === undefined) {
        running = task().finally(() => {
          running = undefined;
        });
      }
      return running;
    },
  };
}
