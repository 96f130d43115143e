import { CLI_USAGE, parseCliArguments } from "./cli-arguments.js";
import { startFakePim } from "./fake-pim.js";

/** Starts the emulator from the command line and prints where and how to reach it. */
async function main(argv: readonly string[]): Promise<void> {
  const { options, help } = parseCliArguments(argv);
  if (help) {
    process.stdout.write(`${CLI_USAGE}\n`);
    return;
  }
  const pim = await startFakePim(options);
  const { clientId, secret, username, password } = pim.credentials;
  process.stdout.write(
    [
      `Fake Akeneo PIM listening on ${pim.url}`,
      `  client id: ${clientId}`,
      `  secret:    ${secret}`,
      `  username:  ${username}`,
      `  password:  ${password}`,
      `  products:  ${pim.data.productCount()}`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  const stop = (): void => {
    void pim.close().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${CLI_USAGE}\n`);
  process.exit(1);
});
