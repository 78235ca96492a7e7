import { existsSync, readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { FakeGitHub } from '../support/fake-github.js';
import { actingCommands, readAsRunner } from '../support/runner-log.js';
import type { ActionRun } from './harness.js';

/** Everything people or GitHub can read of a run, besides the masks (which carry the key to hide, by design). */
export function readable(run: ActionRun, fake?: FakeGitHub, sarif?: string): string[] {
  const reading = readAsRunner(`${run.stdout}\n${run.stderr}`);
  const commands = actingCommands(reading)
    .filter((c) => c.name !== 'add-mask')
    .map((c) => `${c.name} ${JSON.stringify(c.properties)} ${c.data}`);
  return [
    reading.text.join('\n'),
    commands.join('\n'),
    run.summary,
    run.outputFile,
    fake?.receivedText() ?? '',
    sarif && existsSync(sarif) ? readFileSync(sarif, 'utf8') : '',
  ];
}

/** No key whole, nor most of its body, in any of the texts. */
export function expectNoKey(texts: string[], keys: string[]): void {
  for (const [i, text] of texts.entries()) {
    for (const key of keys) {
      expect(text.includes(key), `key whole in output #${i}`).toBe(false);
      expect(text.includes(key.slice(14, -6)), `most of a key's body in output #${i}`).toBe(false);
    }
  }
}
