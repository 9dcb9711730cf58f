/**
 * The manifest against Microsoft's XSD schemas, offline (issue #9 item 6): what the project's rule
 * list used to let through (element order, misspelt elements, bad locales, missing required
 * children), a built manifest left pointing at localhost, and custom functions metadata that does
 * not follow its format.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkAgainstSchemas, checkFunctionsMetadata } from '../../scripts/manifest/schema';
import { validateManifest } from '../../scripts/manifest/validate';
import { main } from '../../scripts/validate-manifest';

const repoRoot = join(__dirname, '..', '..');
const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');

const good = {
  functions: [
    {
      id: 'QUOTA_INDIGENZA',
      name: 'QUOTA_INDIGENZA',
      description: 'Quota',
      result: { type: 'number', dimensionality: 'matrix' },
      parameters: [{ name: 'disponibili', type: 'any', dimensionality: 'matrix' }],
    },
  ],
};

test('manifest.xml is valid against the schemas', async () => {
  expect(await checkAgainstSchemas(manifest)).toEqual([]);
}, 30_000);

test.each<[string, (xml: string) => string, RegExp]>([
  [
    'elements out of order',
    (xml) => xml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, '$2$1'),
    /line \d+: Element '\{[^}]+\}ProviderName': This element is not expected/,
  ],
  [
    'a misspelt element',
    (xml) => xml.replace(/<Permissions>/, '<Permission>').replace('</Permissions>', '</Permission>'),
    /Permission': This element is not expected/,
  ],
  [
    'a bad locale',
    (xml) => xml.replace('<DefaultLocale>it-IT</DefaultLocale>', '<DefaultLocale>it_IT!</DefaultLocale>'),
    /DefaultLocale/,
  ],
  ['a missing required child', (xml) => xml.replace(/<DisplayName[\s\S]*?<\/DisplayName>/, ''), /DisplayName/],
  [
    'an unknown lifetime of the shared runtime',
    (xml) => xml.replace('lifetime="long"', 'lifetime="forever"'),
    /lifetime/,
  ],
])(
  'the schemas refuse %s, with the line',
  async (_name, mutate, expected) => {
    const changed = mutate(manifest);
    expect(changed).not.toBe(manifest);
    const complaints = await checkAgainstSchemas(changed);
    expect(complaints.length).toBeGreaterThan(0);
    expect(complaints.map((c) => `[${c.rule}] ${c.message}`).join('\n')).toMatch(expected);
  },
  30_000,
);

test('SupportUrl is there (Microsoft and AppSource require it) and points at the help page', () => {
  expect(manifest).toMatch(/<SupportUrl DefaultValue="https:\/\/localhost:3000\/help\.html"/);
  const without = manifest.replace(/\s*<SupportUrl[^>]*\/>/, '');
  const complaints = validateManifest(without, { baseDir: repoRoot, emittedFiles: undefined });
  expect(complaints.map((c) => c.rule)).toContain('support-url');
});

describe('the custom functions metadata against its schema', () => {
  test('a well-formed file passes', () => {
    expect(checkFunctionsMetadata(JSON.stringify(good))).toEqual([]);
  });
  test.each<[string, unknown]>([
    ['an id with a space', { functions: [{ ...good.functions[0], id: 'QUOTA INDIGENZA' }] }],
    ['no result', { functions: [{ ...good.functions[0], result: undefined }] }],
    [
      'a dimensionality that does not exist',
      { functions: [{ ...good.functions[0], result: { dimensionality: 'vector' } }] },
    ],
    ['an unknown property', { functions: [{ ...good.functions[0], volatile: true }] }],
    ['two functions with one id', { functions: [good.functions[0], good.functions[0]] }],
  ])('%s is refused', (_name, metadata) => {
    expect(checkFunctionsMetadata(JSON.stringify(metadata)).length).toBeGreaterThan(0);
  });
});

describe('a built manifest (dist/) pointing at localhost', () => {
  function dist(buildInfo?: object): string {
    const directory = join(mkdtempSync(join(tmpdir(), 'casa-dist-')), 'dist');
    mkdirSync(join(directory, 'assets'), { recursive: true });
    for (const size of [16, 32, 64, 80, 128]) {
      copyFileSync(join(repoRoot, 'assets', `icon-${size}.png`), join(directory, 'assets', `icon-${size}.png`));
    }
    for (const file of ['taskpane.html', 'taskpane.js', 'help.html']) writeFileSync(join(directory, file), '');
    const metadata = JSON.stringify(good);
    writeFileSync(join(directory, 'functions.json'), metadata);
    writeFileSync(join(directory, 'functions.en-US.json'), metadata);
    writeFileSync(join(directory, 'manifest.xml'), manifest);
    if (buildInfo) writeFileSync(join(directory, 'build-info.json'), JSON.stringify(buildInfo));
    return join(directory, 'manifest.xml');
  }
  const run = async (file: string): Promise<{ code: number; lines: string[] }> => {
    const lines: string[] = [];
    const code = await main([file], (line) => lines.push(line));
    return { code, lines };
  };

  test('is refused without a build that says it is a development build', async () => {
    const { code, lines } = await run(dist());
    expect(code).toBe(1);
    expect(lines.join('\n')).toMatch(/\[dev-build\] the built manifest still points at https:\/\/localhost:3000\//);
  }, 30_000);

  test('is refused when the build was a production build', async () => {
    const { code, lines } = await run(dist({ development: false, baseUrl: 'https://comune.example.it/casa/' }));
    expect(code).toBe(1);
    expect(lines.join('\n')).toContain('[dev-build]');
  }, 30_000);

  test('passes, with its functions metadata, when the build says it is a development build', async () => {
    const { code, lines } = await run(dist({ development: true, baseUrl: 'https://localhost:3000/' }));
    expect(lines.join('\n')).not.toContain('[');
    expect(code).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(/manifest\.xml: OK/),
      expect.stringMatching(/functions\.en-US\.json: OK \(custom functions schema\)/),
      expect.stringMatching(/functions\.json: OK \(custom functions schema\)/),
    ]);
  }, 30_000);
});
