/**
 * What every knowledge CLI shares: argument parsing with a clear usage error,
 * output through a passed-in sink (so tests run commands in-process), and an
 * entry point that turns the result into an exit code.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { pathToFileURL } from 'node:url';
import { KnowledgeError } from '../problems';

export interface Io {
  out(line: string): void;
  err(line: string): void;
  /** The clock: review dates and scaffolds use it, so tests pin the day (no test depends on today). */
  now(): Date;
}

export const processIo: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  now: () => new Date(),
};

/** A mistake in how the command was called; printed with the usage text. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs, with its errors turned into UsageError. */
export function parseCli<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

export type Command = (argv: string[], io: Io) => Promise<number>;

/**
 * Runs `command` when `moduleUrl` is the script node was started with. Usage and
 * knowledge errors print one clear line; anything else is a bug and keeps its stack.
 */
export function runIfMain(moduleUrl: string, command: Command, usage: string): void {
  const script = process.argv[1];
  if (!script || pathToFileURL(script).href !== moduleUrl) return;
  command(process.argv.slice(2), processIo).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof UsageError) {
        processIo.err(`${error.message}\n\n${usage}`);
        process.exitCode = 2;
      } else if (error instanceof KnowledgeError) {
        processIo.err(error.message);
        process.exitCode = 1;
      } else {
        throw error;
      }
    },
  );
}
