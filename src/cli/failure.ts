import { CommanderError, type Command } from 'commander';

/**
 * Every failure of a command-line tool is one line on stderr, `<tool> failed: <why>`, and a
 * non-zero exit: a wrong option (commander's message, its "Did you mean" kept on the line),
 * an expected failure, or an unexpected exception, never a stack trace.
 */
export function oneLineFailures(tool: string, program: Command): void {
  // Commander would print its error (and, on its own line, a suggestion) and exit by itself.
  program.exitOverride().configureOutput({ outputError: () => undefined });
  const fail = (error: unknown) => failInOneLine(tool, error);
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
}

/** The message of any thrown value, on one line. */
export function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n').map((line) => line.trim()).filter(Boolean).join(' ') || (error instanceof Error ? error.name : 'unknown error');
}

export function failInOneLine(tool: string, error: unknown): never {
  if (error instanceof CommanderError) {
    // --help and --version end here too, having printed what they should.
    if (error.exitCode === 0) process.exit(0);
    console.error(`${tool} failed: ${oneLine(error).replace(/^error: /, '')} (see npm run ${tool} -- --help)`);
    process.exit(error.exitCode || 1);
  }
  const message = error instanceof Error ? error.message.split('\n')[0]! : oneLine(error);
  console.error(`${tool} failed: ${message}`);
  process.exit(1);
}
