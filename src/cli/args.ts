import { parseArgs } from 'node:util';
import { didYouMean } from '../core/did-you-mean.js';
import { SkguardError } from '../core/errors.js';

/**
 * The command line, as data: every command with its options, parsed by Node's own `parseArgs`
 * (no dependency to load: the pre-commit hook starts on every commit, and commander alone cost a
 * sixth of its start-up). Help text is generated from the same table.
 */

/** One option of a command. */
export interface OptionSpec {
  /** Long name, kebab-case (`fail-on`); its value reaches the command camelCased (`failOn`). */
  name: string;
  short?: string;
  /** Placeholder of the option's value (`<file>`); no placeholder: a boolean flag. */
  value?: string;
  description: string;
  choices?: readonly string[];
  default?: string;
}

/** A command: its words (`['hook', 'install']`), what it does, its positional arguments and options. */
export interface CommandSpec {
  words: string[];
  description: string;
  /** Variadic positional arguments, if the command takes any. */
  args?: { name: string; description: string };
  options: OptionSpec[];
}

/** Option values, camelCased; `--no-color` arrives as `color: false`. */
export type OptionValues = Record<string, string | boolean | undefined>;

export type CommandLine =
  | { kind: 'help'; text: string }
  | { kind: 'version' }
  | { kind: 'command'; spec: CommandSpec; args: string[]; options: OptionValues };

const HELP: OptionSpec = { name: 'help', short: 'h', description: 'show this help' };

/**
 * Parses argv (without `node` and the script) against the command table. Usage errors throw.
 *
 * A file name never becomes an option. Shells expand `*` to names a repository chose, and the
 * pre-commit framework appends the names of committed files: a file named
 * `--output=.git/hooks/pre-commit` or `--verify` must not act. Everything after `--` is a name;
 * before it, an argument that starts with `-` and also names something that exists (`isPath`) is
 * refused as ambiguous rather than guessed at.
 */
export function parseCommandLine(
  argv: string[],
  commands: readonly CommandSpec[],
  about: string,
  isPath: (arg: string) => boolean = () => false,
): CommandLine {
  const first = argv[0];
  // `skguard`, `skguard help`, `skguard -h`: the usage, not an error.
  if (first === undefined || first === '-h' || first === '--help')
    return { kind: 'help', text: topHelp(commands, about) };
  if (first === 'help') return { kind: 'help', text: helpFor(argv.slice(1), commands, about) };
  if (first === '-V' || first === '--version') return { kind: 'version' };
  if (first.startsWith('-')) throw usage(`unknown option '${first}' before a command (run skguard --help)`);
  const group = groupHelp(argv, commands);
  if (group !== undefined) return { kind: 'help', text: group };
  const spec = findCommand(argv, commands);
  const rest = argv.slice(spec.words.length);
  for (const arg of rest) {
    if (arg === '--') break;
    if (arg.length > 1 && arg.startsWith('-') && isPath(arg)) {
      throw usage(
        `'${arg}' names a file here and reads as an option: put file names after -- (skguard ${spec.words.join(' ')} [options] -- FILE...), or write ./${arg}`,
      );
    }
  }
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: rest,
      options: Object.fromEntries(
        [...spec.options, HELP].map((o) => [
          o.name,
          { type: o.value ? 'string' : 'boolean', ...(o.short ? { short: o.short } : {}) } as const,
        ]),
      ),
      allowPositionals: spec.args !== undefined,
      strict: true,
    });
  } catch (error) {
    throw usage(
      `${parseProblem(
        error as Error & { code?: string },
        spec.options.map((o) => o.name),
      )} (run skguard ${spec.words.join(' ')} --help)`,
    );
  }
  if (parsed.values.help === true) return { kind: 'help', text: commandHelp(spec) };
  const options: OptionValues = {};
  for (const o of spec.options) {
    const raw = parsed.values[o.name];
    const value = typeof raw === 'string' || typeof raw === 'boolean' ? raw : o.default;
    if (o.choices && typeof value === 'string' && !o.choices.includes(value)) {
      throw usage(`--${o.name}: unknown value "${value}"; expected one of ${o.choices.join(', ')}`);
    }
    if (o.name.startsWith('no-')) options[camel(o.name.slice(3))] = value !== true;
    else options[camel(o.name)] = value;
  }
  return { kind: 'command', spec, args: parsed.positionals, options };
}

function findCommand(argv: string[], commands: readonly CommandSpec[]): CommandSpec {
  const first = argv[0] as string;
  const candidates = commands.filter((c) => c.words[0] === first);
  if (candidates.length === 0) {
    const words = [...new Set(commands.map((c) => c.words[0] as string))];
    const meant = didYouMean(first, words);
    throw usage(
      `unknown command '${first}'${meant ? `: did you mean '${meant}'?` : ''} (commands: ${words.join(', ')}; run skguard --help)`,
    );
  }
  const exact = candidates.find((c) => c.words.length === 1);
  if (exact) return exact;
  const sub = candidates.find((c) => c.words[1] === argv[1]);
  if (sub) return sub;
  const subs = candidates.map((c) => c.words[1] as string);
  const meant = argv[1] === undefined ? undefined : didYouMean(argv[1], subs);
  throw usage(
    argv[1] === undefined || argv[1].startsWith('-')
      ? `skguard ${first} needs a subcommand: ${subs.join(', ')}`
      : `unknown command '${first} ${argv[1]}'${meant ? `: did you mean '${first} ${meant}'?` : ''} (expected one of: ${subs.join(', ')})`,
  );
}

/** `skguard hook` or `skguard hook --help`: the group's subcommands, as help. Undefined for anything else. */
function groupHelp(argv: string[], commands: readonly CommandSpec[]): string | undefined {
  const members = commands.filter((c) => c.words[0] === argv[0] && c.words.length > 1);
  if (members.length === 0) return undefined;
  const next = argv[1];
  if (next !== undefined && next !== '-h' && next !== '--help') return undefined;
  return [
    `Usage: skguard ${argv[0]} <command> [options]`,
    '',
    'Commands:',
    ...table(members.map((c) => [signature(c), c.description])),
    '',
    `Run skguard ${argv[0]} <command> --help for a command's options.`,
    '',
  ].join('\n');
}

/** `skguard help [COMMAND...]`. */
function helpFor(words: string[], commands: readonly CommandSpec[], about: string): string {
  if (words.length === 0) return topHelp(commands, about);
  const spec = commands.find((c) => c.words.join(' ') === words.join(' '));
  if (spec) return commandHelp(spec);
  return groupHelp(words, commands) ?? (findCommand(words, commands) && topHelp(commands, about));
}

/** parseArgs' own messages suggest `--` tricks; say what went wrong in the CLI's words. */
function parseProblem(error: Error & { code?: string }, known: readonly string[]): string {
  const option = /'(-[^']*)'/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const meant = option?.startsWith('--')
        ? didYouMean(option.slice(2).split('=')[0] as string, [...known, 'help'])
        : undefined;
      return `unknown option '${option ?? error.message}'${meant ? `: did you mean '--${meant}'?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `option ${longName(error.message)} needs a value`
        : `option ${longName(error.message)} takes no value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument '${/'([^']*)'/.exec(error.message)?.[1] ?? ''}'`;
    default:
      return error.message;
  }
}

const longName = (message: string) => /--[a-z-]+/.exec(message)?.[0] ?? 'option';
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const usage = (message: string) => new SkguardError(message, 'usage');

function signature(spec: CommandSpec): string {
  return `${spec.words.join(' ')} [options]${spec.args ? ` [${spec.args.name}...]` : ''}`;
}

function optionLabel(o: OptionSpec): string {
  return `${o.short ? `-${o.short}, ` : ''}--${o.name}${o.value ? ` ${o.value}` : ''}`;
}

function optionText(o: OptionSpec): string {
  const extra = [
    o.choices ? `one of: ${o.choices.join(', ')}` : '',
    o.default !== undefined ? `default: ${o.default}` : '',
  ].filter(Boolean);
  return extra.length > 0 ? `${o.description} (${extra.join('; ')})` : o.description;
}

function table(rows: [string, string][]): string[] {
  const width = Math.max(...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

/** `skguard --help`. */
function topHelp(commands: readonly CommandSpec[], about: string): string {
  return [
    'Usage: skguard <command> [options]',
    '',
    about,
    '',
    'Commands:',
    ...table(commands.map((c) => [signature(c), c.description])),
    '',
    'Options:',
    ...table([
      ['-V, --version', 'print the version'],
      ['-h, --help', 'show this help (skguard <command> --help for a command)'],
    ]),
    '',
    'Exit codes: 0 no key found, 1 keys found, 2 usage or runtime error.',
    '',
  ].join('\n');
}

/** `skguard <command> --help`. */
function commandHelp(spec: CommandSpec): string {
  return [
    `Usage: skguard ${signature(spec)}`,
    '',
    spec.description,
    '',
    ...(spec.args ? ['Arguments:', ...table([[spec.args.name, spec.args.description]]), ''] : []),
    'Options:',
    ...table([...spec.options, HELP].map((o) => [optionLabel(o), optionText(o)])),
    '',
  ].join('\n');
}
