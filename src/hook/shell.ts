/** Quotes a word for POSIX sh: as it is when every character is plainly safe, else in single quotes. */
export function shQuote(word: string): string {
  if (/^[A-Za-z0-9_@%+=:,./-]+$/.test(word)) return word;
  return quoteAlways(word);
}

/** Single-quotes a word for POSIX sh, whatever it holds (a path with spaces, quotes or `$`). */
export function quoteAlways(word: string): string {
  return `'${word.replaceAll("'", `'\\''`)}'`;
}
