/** One variable of a `.env` file, as dotenv-style loaders read it. */
export interface DotenvEntry {
  value: string;
  /** 1-based line of the assignment. */
  line: number;
}

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*)$/;

/**
 * Parses a `.env` file the way dotenv, python-dotenv and `node --env-file` agree on: `NAME=value`,
 * optional `export`, `#` comments, values in single, double or back quotes (double-quoted ones may
 * span lines and expand `\n`). A later assignment wins.
 */
export function parseDotenv(text: string): Map<string, DotenvEntry> {
  const out = new Map<string, DotenvEntry>();
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = LINE.exec(lines[i] as string);
    if (!m) continue;
    const name = m[1] as string;
    const line = i + 1;
    let rest = m[2] as string;
    const quote = rest[0];
    if (quote === '"' || quote === "'" || quote === '`') {
      let body = rest.slice(1);
      // A quoted value may continue on the next lines until its closing quote.
      while (!hasClosing(body, quote) && i + 1 < lines.length) body += `\n${lines[++i]}`;
      const end = closingAt(body, quote);
      let value = end >= 0 ? body.slice(0, end) : body;
      if (quote === '"') value = value.replace(/\\n/g, '\n').replace(/\\r/g, '\r').replace(/\\"/g, '"');
      out.set(name, { value, line });
      continue;
    }
    rest = rest.replace(/\s+#.*$/, '').replace(/^#.*$/, '');
    out.set(name, { value: rest.trim(), line });
  }
  return out;
}

function closingAt(body: string, quote: string): number {
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\' && quote === '"') {
      i++;
      continue;
    }
    if (body[i] === quote) return i;
  }
  return -1;
}

function hasClosing(body: string, quote: string): boolean {
  return closingAt(body, quote) >= 0;
}
