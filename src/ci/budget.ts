import type { Section } from '../report/markdown.js';

/**
 * Fitting what a CI shows into the sizes it accepts (GitHub: 65,536 characters a comment, 1 MiB a
 * job summary; other CIs have their own). Sizes are counted in bytes of UTF-8, which is never less
 * than a count of characters or UTF-16 units, so a text within a byte budget is within either.
 */

/** Bytes of a line once joined (its newline included). */
function size(line: string): number {
  return Buffer.byteLength(line, 'utf8') + 1;
}

/**
 * The sections as one document of at most `limit` bytes. Sections without `more` are kept whole;
 * lists (`more` set) keep as many lines as fit, up to their `max`, then say how many they left out.
 * Lists get the room in order of `priority` (then in order), each having first set aside what the
 * "N more" lines of the others could take, so the result always fits.
 */
export function fitSections(sections: readonly Section[], limit: number): string {
  const moreSize = (s: Section, left: number) => (s.more && left > 0 ? size(s.more(left)) : 0);
  const totalOf = (s: Section) => Math.max(s.total ?? 0, s.lines.length);
  let used = 0;
  for (const s of sections) {
    if (s.more) used += moreSize(s, totalOf(s));
    else for (const line of s.lines) used += size(line);
  }
  const kept = new Map<Section, number>();
  const lists = sections
    .map((s, order) => ({ s, order }))
    .filter(({ s }) => s.more !== undefined)
    .sort((a, b) => (b.s.priority ?? 0) - (a.s.priority ?? 0) || a.order - b.order);
  for (const { s } of lists) {
    const total = totalOf(s);
    used -= moreSize(s, total);
    const cap = Math.min(s.lines.length, s.max ?? total);
    let take = 0;
    while (take < cap) {
      const next = used + size(s.lines[take] as string) + moreSize(s, total - take - 1);
      if (next > limit) break;
      used += size(s.lines[take] as string);
      take++;
    }
    used += moreSize(s, total - take);
    kept.set(s, take);
  }
  const out: string[] = [];
  for (const s of sections) {
    const take = kept.get(s);
    if (take === undefined) {
      out.push(...s.lines);
      continue;
    }
    out.push(...s.lines.slice(0, take));
    if (take < totalOf(s) && s.more) out.push(s.more(totalOf(s) - take));
  }
  // Fixed sections are bounded by their makers; should they ever outgrow the limit, cut anyway.
  return cutToBytes(`${out.join('\n')}\n`, limit);
}

/** `text` cut at a line's end so that it takes at most `max` bytes of UTF-8, saying so when it was cut. */
export function cutToBytes(text: string, max: number): string {
  if (Buffer.byteLength(text, 'utf8') <= max) return text;
  const note = '\n\n(cut here: the rest would not fit in the size allowed)\n';
  const room = Math.max(0, max - Buffer.byteLength(note, 'utf8'));
  // Decoding a cut that splits a character ends in U+FFFD; the last whole line never holds it.
  const kept = Buffer.from(text, 'utf8').subarray(0, room).toString('utf8');
  const end = kept.lastIndexOf('\n');
  return `${end > 0 ? kept.slice(0, end) : ''}${note}`;
}
