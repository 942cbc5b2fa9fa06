import { UsageError } from './args';
import { breakdown, BREAKDOWN_HELP } from './commands/breakdown';
import { check, CHECK_HELP } from './commands/check';
import { diff, DIFF_HELP } from './commands/diff';
import { types, TYPES_HELP } from './commands/types';

/** A CLI command: argv after the command name → exit code. Output goes through `out` so tests can capture it. */
export type Command = (argv: readonly string[], out: (s: string) => void) => number | Promise<number>;

const COMMANDS: Record<string, { run: Command; help: string }> = {
  breakdown: { run: breakdown, help: BREAKDOWN_HELP },
  check: { run: check, help: CHECK_HELP },
  diff: { run: diff, help: DIFF_HELP },
  types: { run: types, help: TYPES_HELP },
};

export function registerCommand(name: string, run: Command, help: string): void {
  COMMANDS[name] = { run, help };
}

export function usage(): string {
  return ['Usage:', ...Object.values(COMMANDS).map((c) => '  ' + c.help)].join('\n');
}

/** Exit codes: 0 success, 1 usage error (one-line message), 2 policy violation (check). */
export async function main(argv: readonly string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out(usage());
    return name ? 0 : 1;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    process.stderr.write(`costlens: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 1;
  }
  try {
    return await cmd.run(rest, out);
  } catch (e) {
    if (e instanceof UsageError) {
      process.stderr.write(`costlens: ${e.message}\n`);
      return 1;
    }
    process.stderr.write(`costlens: internal error: ${(e as Error)?.stack ?? e}\n`);
    return 3;
  }
}
