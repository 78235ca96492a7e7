import { SkguardError } from '../../core/errors.js';
import { didYouMean, providerOf, providers } from '../../core/index.js';
import { defineCommand } from '../command.js';
import { renderDoctor } from '../doctor-text.js';
import { useColor } from '../io.js';
import { NO_COLOR, TEXT_OR_JSON, TIMEOUT } from '../options.js';
import { timeoutMs } from '../verifier.js';

/** `skguard doctor`'s settings. */
export interface DoctorSettings {
  format: 'text' | 'json';
  envFile: string | undefined;
  provider: string | undefined;
  model: string | undefined;
  timeout: string | undefined;
  color: boolean;
}

/** The exit code of each verdict: 2 for "could not tell", as for any run that could not finish its job. */
const EXIT = { works: 0, 'does-not-work': 1, 'could-not-tell': 2 } as const;

/**
 * `skguard doctor`: exit 0 when every key diagnosed works, 1 when one does not (or none is set), 2
 * when doctor could not tell (nothing failed, but a key could not be checked) and on usage errors.
 */
export const doctorCommand = defineCommand<DoctorSettings>({
  spec: {
    words: ['doctor'],
    description:
      'diagnose the provider keys set in the environment or .env: set, clean, reachable, accepted (exit 1: one does not work; 2: could not tell)',
    options: [
      TEXT_OR_JSON,
      // Not `--env-file`: Node 20 takes that option anywhere on the command line, even after the script.
      { name: 'dotenv', value: '<file>', description: "read the providers' variables from this .env file" },
      {
        name: 'provider',
        value: '<id>',
        description: 'diagnose this provider only (openai, anthropic, google-gemini…), set or not',
      },
      { name: 'model', value: '<name>', description: 'also check that the OpenAI key may use this model' },
      TIMEOUT,
      NO_COLOR,
    ],
  },
  settings: ({ options }) => {
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const model = str(options.model);
    if (model !== undefined && model.trim() === '') {
      throw new SkguardError('--model: expected a model name such as gpt-4o-mini', 'usage');
    }
    const provider = str(options.provider);
    if (provider !== undefined && !providerOf(provider)) {
      const ids = providers.map((p) => p.id);
      const meant = didYouMean(provider, ids);
      throw new SkguardError(
        `--provider: unknown provider '${provider}'${meant ? `: did you mean '${meant}'?` : ''} (expected one of: ${ids.join(', ')})`,
        'usage',
      );
    }
    if (model !== undefined && provider !== undefined && provider !== 'openai') {
      throw new SkguardError(
        '--model checks the OpenAI key: use it with --provider openai, or without --provider',
        'usage',
      );
    }
    return {
      format: options.format === 'json' ? 'json' : 'text',
      envFile: str(options.dotenv),
      provider,
      model: model?.trim(),
      timeout: str(options.timeout),
      color: options.color !== false,
    };
  },
  async run(s, io) {
    // The validator loads on demand: no other command pays for it.
    const { runDoctor } = await import('../../verify/doctor/index.js');
    const report = await runDoctor({
      env: io.env,
      cwd: io.cwd,
      envFile: s.envFile,
      provider: s.provider,
      model: s.model,
      timeoutMs: timeoutMs(s.timeout, io),
    });
    if (s.format === 'json') io.stdout.write(`${JSON.stringify({ version: 2, ...report }, null, 2)}\n`);
    else io.stdout.write(renderDoctor(report, useColor(io.stdout, io.env, s.color)));
    return EXIT[report.verdict];
  },
});
