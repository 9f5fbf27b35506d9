/** Exit codes of every command. */
export const EXIT_OK = 0;
export const EXIT_DIFFERENCES = 1;
export const EXIT_UNREADABLE = 2;

/** A mistake in the command line: printed with the help text, exit 2. */
export class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
