import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_EMITTED_FILES, readPngSize, validateManifest, type RuleId } from '../../scripts/manifest/validate';
import { main } from '../../scripts/validate-manifest';
import { houseIconPng, ICON_SIZES } from '../../scripts/make-icons';

const repoRoot = join(__dirname, '..', '..');
const manifest = readFileSync(join(repoRoot, 'manifest.xml'), 'utf8');
const options = { baseDir: repoRoot, emittedFiles: DEFAULT_EMITTED_FILES };

/** Replaces a text that must occur exactly once, so a stale needle fails the test instead of passing it. */
function replaceOnce(from: string | RegExp, to: string): (xml: string) => string {
  return (xml) => {
    const count =
      typeof from === 'string' ? xml.split(from).length - 1 : (xml.match(new RegExp(from, 'g')) ?? []).length;
    if (count !== 1) throw new Error(`expected exactly one ${String(from)} in manifest.xml, found ${count}`);
    return xml.replace(from, to);
  };
}

const providerLine = manifest.split('\n').findIndex((line) => line.includes('<ProviderName>')) + 1;
const longResid = 'Functions.Namespace'.padEnd(33, 'X');

test('the real manifest passes every check', () => {
  expect(validateManifest(manifest, options)).toEqual([]);
});

test.each<[string, (xml: string) => string, RuleId, string]>([
  [
    'malformed XML',
    replaceOnce('</ProviderName>', '</Provider>'),
    'xml-well-formed',
    `not well-formed at line ${providerLine}, column`,
  ],
  [
    'not a task pane add-in',
    replaceOnce('xsi:type="TaskPaneApp"', 'xsi:type="MailApp"'),
    'root-element',
    'OfficeApp xsi:type is "MailApp"; it must be "TaskPaneApp"',
  ],
  [
    'ProviderName missing',
    replaceOnce(/\n\s*<ProviderName>[^<]*<\/ProviderName>/, ''),
    'required-element',
    'OfficeApp has no <ProviderName>',
  ],
  [
    'Version after ProviderName',
    replaceOnce(/(<Version>[^<]*<\/Version>)(\s*)(<ProviderName>[^<]*<\/ProviderName>)/, '$3$2$1'),
    'element-order',
    'Version must come before ProviderName in OfficeApp',
  ],
  [
    'bt:Urls before bt:Images',
    replaceOnce(/(<bt:Images>[\s\S]*?<\/bt:Images>)(\s*)(<bt:Urls>[\s\S]*?<\/bt:Urls>)/, '$3$2$1'),
    'element-order',
    'bt:Images must come before bt:Urls in Resources',
  ],
  [
    'dangling resid',
    replaceOnce('<LearnMoreUrl resid="GetStarted.LearnMoreUrl"/>', '<LearnMoreUrl resid="GetStarted.LearnMore"/>'),
    'resid-resolves',
    'resid "GetStarted.LearnMore" (GetStarted/LearnMoreUrl) does not resolve to any bt:Url',
  ],
  [
    'resid in the wrong section',
    replaceOnce('<Label resid="CasaGroup.Label"/>', '<Label resid="Taskpane.Url"/>'),
    'resid-resolves',
    'resid "Taskpane.Url" (Group[CasaGroup]/Label) resolves to a bt:Url, but must refer to a bt:String in bt:ShortStrings',
  ],
  [
    'FunctionFile is not the runtime page',
    replaceOnce('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Functions.Script.Url"/>'),
    'shared-runtime',
    'FunctionFile resid "Functions.Script.Url" differs from Runtime resid "Taskpane.Url"',
  ],
  [
    'runtime not long-lived',
    replaceOnce('lifetime="long"', 'lifetime="short"'),
    'runtime-lifetime',
    'Runtime lifetime is "short"; it must be "long"',
  ],
  [
    'resid of 33 characters',
    (xml) => xml.split('"Functions.Namespace"').join(`"${longResid}"`),
    'length-limit',
    `resid "${longResid}" is 33 characters; the limit is 32`,
  ],
  [
    'ShortString of 126 characters',
    replaceOnce('DefaultValue="Apri il pannello"', `DefaultValue="${'x'.repeat(126)}"`),
    'length-limit',
    'bt:String "TaskpaneButton.Label" (bt:ShortStrings) is 126 characters; the limit is 125',
  ],
  [
    'LongString override of 251 characters',
    replaceOnce('Value="Creates the plan sheet with the saved parameters."', `Value="${'x'.repeat(251)}"`),
    'length-limit',
    'bt:String "CreatePlanButton.Tooltip" (bt:LongStrings) en-US override is 251 characters; the limit is 250',
  ],
  ['Id not a GUID', replaceOnce(/<Id>[^<]*<\/Id>/, '<Id>casa-piano</Id>'), 'id-guid', 'Id "casa-piano" is not a GUID'],
  [
    'Version with two parts',
    replaceOnce('<Version>1.0.0.0</Version>', '<Version>1.0</Version>'),
    'version-format',
    'Version "1.0" must be four numbers n.n.n.n',
  ],
  [
    'DefaultLocale not a culture',
    replaceOnce('<DefaultLocale>it-IT</DefaultLocale>', '<DefaultLocale>italiano</DefaultLocale>'),
    'locale-format',
    'DefaultLocale "italiano" is not a culture name',
  ],
  [
    'DisplayName without English',
    replaceOnce(/\s*<Override Locale="en-US" Value="Housing Offer Plan"\/>/, ''),
    'en-us-override',
    'DisplayName has no en-US Override',
  ],
  [
    'ShortString without English',
    replaceOnce(/\s*<bt:Override Locale="en-US" Value="Housing offer plan"\/>/, ''),
    'en-us-override',
    'bt:String "CasaGroup.Label" (bt:ShortStrings) has no en-US bt:Override',
  ],
  [
    '16 px icon declared at 32',
    replaceOnce(
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-32.png"',
      'id="Icon.32x32" DefaultValue="https://localhost:3000/assets/icon-16.png"',
    ),
    'icon-size',
    'bt:Image "Icon.32x32" must be 32x32 but assets/icon-16.png is 16x16',
  ],
  [
    'IconUrl not 32 px',
    replaceOnce(
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-32.png"/>',
      '<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
    ),
    'icon-size',
    'IconUrl must be 32x32 but assets/icon-64.png is 64x64',
  ],
  [
    'missing icon file',
    replaceOnce('assets/icon-80.png', 'assets/icon-81.png'),
    'icon-file',
    'bt:Image "Icon.80x80" points to assets/icon-81.png, which does not exist',
  ],
  [
    'icon that is not a PNG',
    replaceOnce('https://localhost:3000/assets/icon-80.png', 'https://localhost:3000/manifest.xml'),
    'icon-file',
    'bt:Image "Icon.80x80" points to manifest.xml, which is not a PNG file',
  ],
  [
    'script URL the build does not emit',
    replaceOnce('https://localhost:3000/taskpane.js', 'https://localhost:3000/functions.js'),
    'url-emitted',
    'bt:Url "Functions.Script.Url" points to functions.js, which the build does not emit',
  ],
  [
    'English metadata URL the build does not emit',
    replaceOnce('https://localhost:3000/functions.en-US.json', 'https://localhost:3000/functions.en.json'),
    'url-emitted',
    'bt:Url "Functions.Metadata.Url" (en-US) points to functions.en.json, which the build does not emit',
  ],
  [
    '"Learn more" link to a page the build does not emit',
    replaceOnce(
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help.html"',
      '<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/aiuto.html"',
    ),
    'url-emitted',
    'bt:Url "GetStarted.LearnMoreUrl" points to aiuto.html, which the build does not emit',
  ],
  [
    'support page the build does not emit',
    replaceOnce(
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>',
      '<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>\n  <SupportUrl DefaultValue="https://localhost:3000/supporto.html"/>',
    ),
    'url-emitted',
    'SupportUrl points to supporto.html, which the build does not emit',
  ],
  [
    'http URL',
    replaceOnce('https://localhost:3000/functions.json', 'http://localhost:3000/functions.json'),
    'https',
    'bt:Url "Functions.Metadata.Url" "http://localhost:3000/functions.json" is not https',
  ],
])('%s', (_title, mutate, rule, fragment) => {
  const complaints = validateManifest(mutate(manifest), options);
  expect(complaints).toHaveLength(1);
  expect(complaints[0].rule).toBe(rule);
  expect(complaints[0].message).toContain(fragment);
});

test('a complaint carries the full path of the element', () => {
  const broken = replaceOnce('<FunctionFile resid="Taskpane.Url"/>', '<FunctionFile resid="Missing.Url"/>')(manifest);
  expect(validateManifest(broken, options)).toContainEqual({
    rule: 'resid-resolves',
    message: 'resid "Missing.Url" (DesktopFormFactor/FunctionFile) does not resolve to any bt:Url',
    path: 'OfficeApp/VersionOverrides[VersionOverridesV1_0]/Hosts/Host[Workbook]/DesktopFormFactor/FunctionFile',
  });
});

test('without a list of emitted files, code URLs are not checked against the build', () => {
  const broken = replaceOnce('https://localhost:3000/taskpane.js', 'https://localhost:3000/functions.js')(manifest);
  expect(validateManifest(broken, { baseDir: repoRoot })).toEqual([]);
});

describe('production manifest (base URL with a path)', () => {
  const production = manifest.split('https://localhost:3000/').join('https://comune.example.it/casa/');

  test('passes when told the base URL', () => {
    expect(validateManifest(production, { ...options, baseUrl: 'https://comune.example.it/casa/' })).toEqual([]);
  });

  test('without it, URL paths keep the prefix and miss the build output', () => {
    const complaints = validateManifest(production, options);
    expect(complaints).toContainEqual(
      expect.objectContaining({
        rule: 'url-emitted',
        message: 'bt:Url "Functions.Script.Url" points to casa/taskpane.js, which the build does not emit',
      }),
    );
  });
});

describe('icons', () => {
  test.each(ICON_SIZES)('assets/icon-%i.png is the drawn house at its size', (size) => {
    const committed = readFileSync(join(repoRoot, 'assets', `icon-${size}.png`));
    expect(readPngSize(committed)).toEqual({ width: size, height: size });
    // Regenerate with `npx tsx scripts/make-icons.ts` when the drawing changes.
    expect(committed.equals(houseIconPng(size))).toBe(true);
  });

  test('readPngSize refuses bytes that are not a PNG', () => {
    expect(readPngSize(Buffer.from('<?xml version="1.0"?><OfficeApp/>'))).toBeUndefined();
  });
});

describe('command line', () => {
  const scratchDirectories: string[] = [];
  afterAll(() => scratchDirectories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));

  /** A throw-away copy of the project: manifest and icons in `subdirectory`, plus any build output files. */
  function withManifest(xml: string, subdirectory = '', builtFiles: string[] = []): string {
    const scratch = mkdtempSync(join(tmpdir(), 'casa-manifest-'));
    scratchDirectories.push(scratch);
    const directory = join(scratch, subdirectory);
    mkdirSync(join(directory, 'assets'), { recursive: true });
    for (const built of builtFiles) writeFileSync(join(directory, built), '');
    for (const size of ICON_SIZES)
      copyFileSync(join(repoRoot, 'assets', `icon-${size}.png`), join(directory, 'assets', `icon-${size}.png`));
    writeFileSync(join(directory, 'manifest.xml'), xml);
    return join(directory, 'manifest.xml');
  }

  test('prints OK with the number of checks and exits 0', async () => {
    const file = withManifest(manifest);
    const lines: string[] = [];
    expect(await main([file], (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^${file.replace(/[.\\]/g, '\\$&')}: OK \\(XSD \\+ \\d+ checks\\)$`)),
    ]);
  });

  test('prints one line per complaint and exits 1', async () => {
    const file = withManifest(
      manifest.replace('lifetime="long"', 'lifetime="short"').replace('<Version>1.0.0.0', '<Version>1.0'),
    );
    const lines: string[] = [];
    expect(await main([file], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      `${file}: [runtime-lifetime] Runtime lifetime is "short"; it must be "long" so functions and pane keep one state`,
      `${file}: [version-format] Version "1.0" must be four numbers n.n.n.n (e.g. 1.0.0.0)`,
    ]);
  });

  test('checks the root manifest against dist/ when there is one', async () => {
    const file = withManifest(manifest);
    mkdirSync(join(file, '..', 'dist'));
    writeFileSync(join(file, '..', 'dist', 'taskpane.html'), '');
    const lines: string[] = [];
    expect(await main([file], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      `${file}: [url-emitted] bt:Url "Functions.Script.Url" points to taskpane.js, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "Functions.Metadata.Url" points to functions.json, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "Functions.Metadata.Url" (en-US) points to functions.en-US.json, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "GetStarted.LearnMoreUrl" points to help.html, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "GetStarted.LearnMoreUrl" (en-US) points to help.html, which the build does not emit`,
      `${file}: [url-emitted] SupportUrl points to help.html, which the build does not emit`,
    ]);
  });

  test('checks dist/manifest.xml against its own directory and icons', async () => {
    const production = manifest.split('https://localhost:3000/').join('https://comune.example.it/casa/');
    const file = withManifest(production, 'dist', ['taskpane.html', 'taskpane.js']);
    const lines: string[] = [];
    expect(await main(['--base-url=https://comune.example.it/casa/', file], (line) => lines.push(line))).toBe(1);
    expect(lines).toEqual([
      `${file}: [url-emitted] bt:Url "Functions.Metadata.Url" points to functions.json, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "Functions.Metadata.Url" (en-US) points to functions.en-US.json, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "GetStarted.LearnMoreUrl" points to help.html, which the build does not emit`,
      `${file}: [url-emitted] bt:Url "GetStarted.LearnMoreUrl" (en-US) points to help.html, which the build does not emit`,
      `${file}: [url-emitted] SupportUrl points to help.html, which the build does not emit`,
    ]);
  });
});
