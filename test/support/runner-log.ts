/**
 * The GitHub Actions runner's reading of a step's output, re-implemented from actions/runner for
 * tests: `ProcessInvoker` (lines as .NET's `StreamReader.ReadLine` splits them: at `\n`, `\r\n` and
 * a lone `\r`), `OutputManager.OnDataReceived` (only lines holding `##[` or `::` are looked at),
 * `ActionCommand.TryParseV2` (`::name k=v,k=v::data` after `TrimStart()`), `ActionCommand.TryParse`
 * (legacy `##[name k=v;k=v]data` anywhere in a line) and `ActionCommandManager.TryProcessCommand`
 * (`stop-commands` until the token; names compared case-insensitively).
 */

/** The commands the runner registers (ActionCommandManager's extensions, and stop-commands). */
const REGISTERED = [
  'add-mask',
  'add-matcher',
  'add-path',
  'debug',
  'echo',
  'endgroup',
  'error',
  'group',
  'notice',
  'remove-matcher',
  'save-state',
  'set-env',
  'set-output',
  'warning',
  'stop-commands',
];

export interface RunnerCommand {
  name: string;
  properties: Record<string, string>;
  data: string;
  /** The line as written. */
  line: string;
}

export interface RunnerReading {
  /** Commands the runner carried out, in order (stop-commands and its resume included). */
  commands: RunnerCommand[];
  /** Lines shown as text. */
  text: string[];
  /** Whether commands were still stopped when the output ended. */
  stopped: boolean;
}

/** Lines as `StreamReader.ReadLine` returns them. */
function readLines(output: string): string[] {
  const lines = output.split(/\r\n|\r|\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** .NET's `Char.IsWhiteSpace`, which `TrimStart()` trims. */
const DOTNET_SPACE = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/;

function unescapeWith(text: string, pairs: [string, string][]): string {
  let out = text;
  for (const [token, replacement] of pairs) out = out.replaceAll(replacement, token);
  return out;
}

const DATA: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  ['%', '%25'],
];
const PROPERTY: [string, string][] = [
  ['\r', '%0D'],
  ['\n', '%0A'],
  [':', '%3A'],
  [',', '%2C'],
  ['%', '%25'],
];
const LEGACY: [string, string][] = [
  [';', '%3B'],
  ['\r', '%0D'],
  ['\n', '%0A'],
  [']', '%5D'],
  ['%', '%25'],
];

function known(name: string, registered: Set<string>): boolean {
  return registered.has(name.toLowerCase());
}

/** `ActionCommand.TryParseV2`. */
function parseV2(line: string, registered: Set<string>): RunnerCommand | undefined {
  const message = line.slice(DOTNET_SPACE.exec(line)?.[0].length ?? 0);
  if (!message.startsWith('::')) return undefined;
  const end = message.indexOf('::', 2);
  if (end < 0) return undefined;
  return command(line, message.slice(2, end), message.slice(end + 2), registered, {
    separator: ',',
    trim: true,
    property: PROPERTY,
    data: DATA,
  });
}

/** `ActionCommand.TryParse` (the legacy `##[` form, anywhere in a line). */
function parseLegacy(line: string, registered: Set<string>): RunnerCommand | undefined {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return undefined;
  const bracket = line.indexOf(']', prefix);
  if (bracket < 0) return undefined;
  return command(line, line.slice(prefix + 3, bracket), line.slice(bracket + 1), registered, {
    separator: ';',
    trim: false,
    property: LEGACY,
    data: LEGACY,
  });
}

/** A command from its info (`name k=v…`) and data, as both parsers build it; undefined for an unknown name. */
function command(
  line: string,
  info: string,
  data: string,
  registered: Set<string>,
  format: { separator: string; trim: boolean; property: [string, string][]; data: [string, string][] },
): RunnerCommand | undefined {
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known(name, registered)) return undefined;
  const properties: Record<string, string> = {};
  if (space > 0) {
    const list = info.slice(space + 1);
    for (const property of (format.trim ? list.trim() : list).split(format.separator).filter(Boolean)) {
      // .NET's Split('=', 2, RemoveEmptyEntries): a key and a non-empty value, or nothing.
      const at = property.indexOf('=');
      if (at > 0 && at < property.length - 1) {
        properties[property.slice(0, at)] = unescapeWith(property.slice(at + 1), format.property);
      }
    }
  }
  return { name, properties, data: unescapeWith(data, format.data), line };
}

/** A step's output (stdout, or stdout then stderr) as the runner reads it. */
export function readAsRunner(output: string): RunnerReading {
  const registered = new Set(REGISTERED);
  const reading: RunnerReading = { commands: [], text: [], stopped: false };
  let token: string | undefined;
  for (const line of readLines(output)) {
    const command =
      line.includes('##[') || line.includes('::')
        ? (parseV2(line, registered) ?? parseLegacy(line, registered))
        : undefined;
    if (!command) {
      reading.text.push(line);
      continue;
    }
    if (reading.stopped) {
      if (token && command.name.toLowerCase() === token.toLowerCase()) {
        registered.delete(token.toLowerCase());
        reading.stopped = false;
        token = undefined;
        reading.commands.push(command);
      } else {
        reading.text.push(line);
      }
      continue;
    }
    if (command.name.toLowerCase() === 'stop-commands') {
      token = command.data;
      reading.stopped = true;
      registered.add(token.toLowerCase());
    }
    reading.commands.push(command);
  }
  return reading;
}

/** The commands that act (not the stop-commands blocks themselves). */
export function actingCommands(reading: RunnerReading): RunnerCommand[] {
  let token: string | undefined;
  return reading.commands.filter((c) => {
    if (c.name.toLowerCase() === 'stop-commands') {
      token = c.data.toLowerCase();
      return false;
    }
    if (token !== undefined && c.name.toLowerCase() === token) {
      token = undefined;
      return false;
    }
    return true;
  });
}
