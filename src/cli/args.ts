import { parseArgs, type ParseArgsConfig } from 'node:util';

/** The command's name, as help and errors show it. */
export const PROGRAM = 'model-guide';

/** Exit status of a command given arguments it cannot use. */
export const USAGE_ERROR = 2;

export type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed =
  | { ok: true; values: Record<string, string | boolean | undefined>; positionals: string[]; help: boolean }
  | { ok: false; error: string };

/**
 * Parses a command's arguments: its own options plus `-h`/`--help`, `--` ending the options. Unknown
 * options and missing option values come back as an error sentence (never a throw).
 */
export function parseCommandArgs(args: string[], options: Options, maxPositionals = Infinity): Parsed {
  try {
    const { values, positionals } = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    const { help, ...rest } = values as Record<string, string | boolean | undefined>;
    if (!help && positionals.length > maxPositionals) {
      return { ok: false, error: `unexpected argument${positionals.length - maxPositionals > 1 ? 's' : ''}: ${positionals.slice(maxPositionals).join(' ')}` };
    }
    return { ok: true, values: rest, positionals, help: help === true };
  } catch (error) {
    // parseArgs words its errors well ("Unknown option '--x'. To specify a positional argument…").
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The line printed to stderr for an argument error, pointing at the command's help. */
export function usageError(command: string, error: string): string {
  return `${PROGRAM} ${command}: ${error}\nRun \`${PROGRAM} ${command} --help\` for its options.`;
}
