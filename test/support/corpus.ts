import { randomBytes } from 'node:crypto';
import { gzip, nestedZips, tar, tgz, zip, zipBomb } from './archives.js';
import {
  base64,
  base64url,
  entityDash,
  hex,
  hexEntityDash,
  hexEscapeDash,
  jwt,
  percentAll,
  percentDash,
  pieces,
  unicodeDash,
  wrapped,
} from './encode.js';
import { makeKey } from './keys.js';

/**
 * A corpus of keys that are encoded, archived, split or otherwise not verbatim, with negatives
 * beside them, built at test time: every key is made fresh and written only into a temp directory.
 */

/** Where a key must be reported. */
export interface Planted {
  file: string;
  line: number;
  rule: string;
  encoding?: string;
  key: string;
}

export interface Corpus {
  files: Record<string, Buffer>;
  planted: Planted[];
  /** Files that must yield no finding. */
  negatives: string[];
  /** Files that cannot be read whole (a bomb, nesting too deep, corrupt): each must be said in a note. */
  unreadable: string[];
}

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

export function buildCorpus(options: { bomb?: boolean } = {}): Corpus {
  const files: Record<string, Buffer> = {};
  const planted: Planted[] = [];
  const put = (file: string, content: string | Buffer) => {
    files[file] = typeof content === 'string' ? Buffer.from(content) : content;
  };
  /** `line` 0: the line of the text that holds the key verbatim. */
  const plant = (
    rule: string,
    file: string,
    line: number,
    encoding: string | undefined,
    make: (k: string) => string | Buffer,
    text: (content: Buffer) => string = (c) => c.toString('utf8'),
  ) => {
    const key = makeKey(rule);
    const content = make(key);
    put(file, content);
    const at =
      line ||
      text(files[file] as Buffer)
        .split('\n')
        .findIndex((l) => l.includes(key)) + 1;
    planted.push({ file, line: at, rule, key, ...(encoding ? { encoding } : {}) });
  };

  // base64
  plant(
    'openai-project-key',
    'k8s/secret.yaml',
    6,
    'base64',
    (k) => `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  OPENAI_API_KEY: ${base64(k)}\n`,
  );
  plant('anthropic-api-key', 'config/urlsafe.json', 2, 'base64', (k) => `{\n  "token": "${base64url(k)}"\n}\n`);
  plant(
    'openrouter-api-key',
    'deploy/env-in-one.yaml',
    3,
    'base64',
    (k) => `kind: Secret\ndata:\n  .env: ${base64(`APP=web\nDEBUG=0\nOPENROUTER_API_KEY=${k}\n`)}\n`,
  );
  plant(
    'anthropic-admin-key',
    'http/request.http',
    2,
    'base64',
    (k) => `GET /v1/models HTTP/1.1\nAuthorization: Basic ${base64(`admin:${k}`)}\n`,
  );
  plant('openai-service-account-key', 'auth/token.txt', 1, 'base64', (k) => `${jwt({ sub: 'svc', api_key: k })}\n`);
  plant(
    'openai-admin-key',
    'certs/blob.pem',
    2,
    'base64',
    (k) => `-----BEGIN SETTINGS-----\n${wrapped(base64(`# settings\nadmin_key = "${k}"\n`))}\n-----END SETTINGS-----\n`,
  );
  // escaped
  plant(
    'anthropic-api-key',
    'web/link.md',
    3,
    'percent',
    (k) => `# Links\n\n[console](https://x.test/login?key=${percentDash(k)}&v=1)\n`,
  );
  plant('openrouter-api-key', 'web/full.txt', 1, 'percent', (k) => `q=${percentAll(k)}\n`);
  plant(
    'anthropic-admin-key',
    'dist/bundle.min.js',
    1,
    'escape',
    (k) => `!function(){var a="${unicodeDash(k)}";}();\n`,
  );
  plant(
    'openai-project-key',
    'dist/double.json',
    1,
    'escape>escape',
    (k) => `${JSON.stringify({ src: `var a="${unicodeDash(k)}"` })}\n`,
  );
  plant('openrouter-api-key', 'py/consts.py', 2, 'escape', (k) => `# bytes\nKEY = b"${hexEscapeDash(k)}"\n`);
  plant(
    'anthropic-api-key',
    'site/index.html',
    2,
    'html',
    (k) => `<form>\n<input value="${entityDash(k)}">\n</form>\n`,
  );
  plant('openai-user-key', 'site/hex.html', 1, 'html', (k) => `<meta content="${hexEntityDash(k)}">\n`);
  plant('openai-legacy-key', 'data/key.hex', 1, 'hex', (k) => `${hex(k)}\n`);
  // split literals
  plant('openai-project-key', 'src/client.js', 1, 'split', (k) => {
    const [a, b, c] = pieces(k, [8, 90]);
    return `const key = "${a}" + "${b}" + "${c}";\n`;
  });
  plant('anthropic-api-key', 'src/client.ts', 2, 'split', (k) => {
    const [a, b, c] = pieces(k, [7, 40]);
    return `export const key =\n  '${a}' +\n  '${b}' +\n  '${c}';\n`;
  });
  plant('openrouter-api-key', 'src/Client.java', 2, 'split', (k) => {
    const [a, b] = pieces(k, [9]);
    return `class Client {\n  static final String KEY = "${a}"\n      + "${b}";\n}\n`;
  });
  plant('anthropic-admin-key', 'src/settings.py', 2, 'split', (k) => {
    const [a, b, c] = pieces(k, [15, 60]);
    return `KEY = (\n    "${a}"\n    "${b}"\n    "${c}"\n)\n`;
  });
  plant('openai-service-account-key', 'src/cont.py', 1, 'split', (k) => {
    const [a, b] = pieces(k, [30]);
    return `KEY = "${a}" \\\n      "${b}"\n`;
  });
  plant('openai-legacy-key', 'src/main.go', 3, 'split', (k) => {
    const [a, b, c] = pieces(k, [3, 23]);
    return `package main\n\nconst key = "${a}" +\n\t"${b}" + // middle\n\t"${c}"\n`;
  });
  // other
  plant('anthropic-api-key', 'win/app.env', 2, undefined, (k) =>
    Buffer.from(`# saved by a Windows tool\r\nANTHROPIC_API_KEY=${k}\r\n`, 'utf16le'),
  );
  plant('openai-project-key', 'win/notes.txt', 3, undefined, (k) => utf16be(`notes\nmore\nkey: ${k}\n`));
  plant(
    'anthropic-admin-key',
    'nb/analysis.ipynb',
    0,
    undefined,
    (k) =>
      `${JSON.stringify(
        {
          cells: [
            {
              cell_type: 'code',
              outputs: [
                { name: 'stdout', output_type: 'stream', text: ['connecting\n'] },
                {
                  output_type: 'error',
                  ename: 'AuthError',
                  traceback: [`\u001b[0;31mAuthError\u001b[0m key=\u001b[38;5;124m${k}\u001b[39m`],
                },
              ],
              source: ['client.connect()'],
            },
          ],
        },
        null,
        1,
      )}\n`,
  );
  plant(
    'openrouter-api-key',
    'json/nested.json',
    2,
    undefined,
    (k) =>
      `{\n  "config": ${JSON.stringify(JSON.stringify({ provider: { settings: JSON.stringify({ key: k }) } }))}\n}\n`,
  );
  // archives
  plant('openai-project-key', 'release/app.zip!config/.env', 2, undefined, (k) => `DEBUG=0\nOPENAI_API_KEY=${k}\n`);
  plant('anthropic-api-key', 'release/bundle.tgz!app/app.env', 3, undefined, (k) => `A=1\nB=2\nKEY=${k}\n`);
  plant('openrouter-api-key', 'logs/server.log.gz', 2, undefined, (k) => `started\nusing ${k}\n`);
  plant('anthropic-admin-key', 'release/nested.zip!bundle/secrets.zip!prod/app.env', 1, undefined, (k) => `KEY=${k}\n`);
  plant(
    'openai-admin-key',
    'lib/plugin.jar!META-INF/app.properties',
    2,
    'base64',
    (k) => `name=plugin\nsecret=${base64(k)}\n`,
  );
  plant('openai-legacy-key', 'dist/pkg.tar!pkg/.env', 1, undefined, (k) => `KEY=${k}\n`);
  const content = (file: string) => files[file] as Buffer;
  put('release/app.zip', zip({ 'config/.env': content('release/app.zip!config/.env'), 'README.md': 'hello\n' }));
  put('release/bundle.tgz', tgz({ 'app/app.env': content('release/bundle.tgz!app/app.env'), 'app/index.js': 'x()\n' }));
  put('logs/server.log.gz', gzip(content('logs/server.log.gz')));
  put(
    'release/nested.zip',
    zip({
      'bundle/secrets.zip': zip({ 'prod/app.env': content('release/nested.zip!bundle/secrets.zip!prod/app.env') }),
    }),
  );
  put(
    'lib/plugin.jar',
    zip({
      'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n',
      'META-INF/app.properties': content('lib/plugin.jar!META-INF/app.properties'),
    }),
  );
  put('dist/pkg.tar', tar({ 'pkg/.env': content('dist/pkg.tar!pkg/.env') }));
  for (const member of Object.keys(files).filter((f) => f.includes('!'))) delete files[member];

  // negatives
  const negatives: string[] = [];
  const negative = (file: string, text: string | Buffer) => {
    put(file, text);
    negatives.push(file);
  };
  negative(
    'neg/random.b64',
    `${base64(`${randomBytes(400).toString('latin1')}sk-proj-abc sk-ant-api03- T3BlbkFJ${randomBytes(400).toString('latin1')}`)}\n`,
  );
  negative('neg/image.html', `<img src="data:image/png;base64,${randomBytes(6000).toString('base64')}">\n`);
  negative(
    'neg/sops.yaml',
    `api_key: ENC[AES256_GCM,data:${randomBytes(120).toString('base64')},iv:${randomBytes(32).toString('base64')},tag:${randomBytes(16).toString('base64')},type:str]\n`,
  );
  negative(
    'neg/placeholders.txt',
    [
      base64('sk-proj-YOUR_KEY_HERE'),
      base64(`sk-${'x'.repeat(20)}T3BlbkFJ${'x'.repeat(20)}`),
      percentDash('sk-ant-api03-REPLACE-ME'),
      unicodeDash('sk-or-v1-...'),
      hex('sk-ant-...'),
    ].join('\n'),
  );
  negative(
    'neg/lookalike.js',
    `const cls = "sk-" + "spinner" + "-large";\nconst p = "sk-proj-" + process.env.SUFFIX;\n`,
  );
  // What cannot be read whole: each must end quickly, and be said.
  const unreadable: string[] = [];
  const cannot = (file: string, data: Buffer) => {
    put(file, data);
    unreadable.push(file);
  };
  cannot('neg/deep.zip', nestedZips(10, { 'app.env': 'NOTHING=here\n' }));
  const log = gzip(randomBytes(3000).toString('hex'));
  cannot('neg/broken.gz', log.subarray(0, log.length >> 1));
  const archive = zip({ 'a.txt': randomBytes(3000).toString('hex'), 'b.txt': 'b\n' });
  cannot('neg/broken.zip', archive.subarray(0, archive.length >> 1));
  if (options.bomb !== false) cannot('neg/42.zip', zipBomb(4, 4));
  negatives.push(...unreadable);
  return { files, planted, negatives, unreadable };
}
