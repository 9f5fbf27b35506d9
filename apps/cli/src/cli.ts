import { HELP, XERTE_HELP } from './help';
import { EXIT_OK, EXIT_UNREADABLE, UsageError, type CliIo } from './usage';

export { EXIT_DIFFERENCES, EXIT_OK, EXIT_UNREADABLE, UsageError, type CliIo } from './usage';
export { HELP, XERTE_HELP } from './help';

/**
 * The `samenwijs` command: parses the arguments, runs one command and returns the exit code.
 * Output goes through `io` so tests can run it in-process too; `main.ts` wires it to the
 * process. Exit codes: 0 success (for `check`: lossless), 1 a check found differences,
 * 2 unreadable input or a usage error.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      (command === undefined ? io.stderr : io.stdout)(HELP);
      return command === undefined ? EXIT_UNREADABLE : EXIT_OK;
    }
    if (command === 'xerte') {
      // Loaded on demand: the Xerte library pulls in the editor schema.
      const { xerteCommand } = await import('./commands/xerte');
      return await xerteCommand(rest, io);
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`samenwijs: ${error.message}\n\n${command === 'xerte' ? XERTE_HELP : HELP}`);
      return EXIT_UNREADABLE;
    }
    if (isCodedError(error)) {
      io.stderr(`samenwijs: ${error.code}: ${error.message}\n`);
      return EXIT_UNREADABLE;
    }
    io.stderr(`samenwijs: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT_UNREADABLE;
  }
}

/** A `XerteImportError` (checked by shape, so this file need not load the library). */
function isCodedError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && error.name === 'XerteImportError' && typeof (error as { code?: unknown }).code === 'string';
}
