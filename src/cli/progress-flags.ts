import type { CommandContext } from "./cli-command.js";

/** Whether to draw progress: as the flags say, otherwise only when stderr is a terminal. */
export function progressWanted(context: CommandContext): boolean {
  if (context.values["no-progress"] === true) return false;
  if (context.values.progress === true) return true;
  return context.io.stderrIsTTY;
}
