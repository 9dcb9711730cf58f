/**
 * Offline checks of the add-in only XML manifest: the mistakes that otherwise surface as a
 * silent "add-in could not be started" in Excel, or as a rejection by AppSource/admin centre
 * validation, long after the change that caused them.
 *
 * Pure apart from reading icon files under `options.baseDir`. No network: URLs are mapped to
 * files by stripping the base URL (by default the URL's own origin).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';

export type RuleId =
  | 'xml-well-formed'
  | 'root-element'
  | 'element-order'
  | 'required-element'
  | 'resid-resolves'
  | 'shared-runtime'
  | 'runtime-lifetime'
  | 'length-limit'
  | 'id-guid'
  | 'version-format'
  | 'locale-format'
  | 'icon-file'
  | 'icon-size'
  | 'url-emitted'
  | 'en-us-override'
  | 'https'
  | 'support-url'
  /** Microsoft's XSD schemas (scripts/manifest/schema.ts). */
  | 'xsd'
  /** functions*.json against the custom functions metadata schema. */
  | 'functions-schema'
  /** A built manifest pointing at localhost without a development build. */
  | 'dev-build';

export interface Complaint {
  rule: RuleId;
  message: string;
  /** Where in the document, e.g. OfficeApp/VersionOverrides/Hosts/Host[Workbook]/DesktopFormFactor/FunctionFile. */
  path?: string;
}

export interface ManifestOptions {
  /** Directory that URL paths are resolved against when looking for icon files. */
  baseDir: string;
  /** Paths (relative, with "/") the build emits; when given, code-loading URLs must be among them. */
  emittedFiles?: string[];
  /** The base all URLs share; defaults to each URL's origin ("https://localhost:3000/"). */
  baseUrl?: string;
}

/** What `npm run build` emits, for when there is no dist/ to list. */
export const DEFAULT_EMITTED_FILES = [
  'taskpane.html',
  'taskpane.js',
  'functions.json',
  'functions.en-US.json',
  'help.html',
  'assets/icon-16.png',
  'assets/icon-32.png',
  'assets/icon-64.png',
  'assets/icon-80.png',
  'assets/icon-128.png',
];

/** Official child order (the XSD uses xs:sequence, so Office rejects any other order). */
const CHILD_ORDER: Record<string, string[]> = {
  OfficeApp: [
    'Id',
    'AlternateId',
    'Version',
    'ProviderName',
    'DefaultLocale',
    'DisplayName',
    'Description',
    'IconUrl',
    'HighResolutionIconUrl',
    'SupportUrl',
    'AppDomains',
    'Hosts',
    'Requirements',
    'DefaultSettings',
    'Permissions',
    'Dependencies',
    'VersionOverrides',
  ],
  VersionOverrides: ['Description', 'Requirements', 'Hosts', 'Resources'],
  Host: ['Runtimes', 'AllFormFactors', 'DesktopFormFactor', 'MobileFormFactor'],
  DesktopFormFactor: ['GetStarted', 'FunctionFile', 'ExtensionPoint'],
  Resources: ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings'],
};

const REQUIRED_IN_OFFICE_APP = [
  'Id',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'DefaultSettings',
];

type Section = 'Image' | 'Url' | 'ShortString' | 'LongString';

const SECTION_ELEMENTS: Record<Section, { list: string; item: string }> = {
  Image: { list: 'bt:Images', item: 'bt:Image' },
  Url: { list: 'bt:Urls', item: 'bt:Url' },
  ShortString: { list: 'bt:ShortStrings', item: 'bt:String' },
  LongString: { list: 'bt:LongStrings', item: 'bt:String' },
};

/** Which resource section a resid must point into, by the element that carries it. */
const RESID_SECTION: Record<string, Section> = {
  SourceLocation: 'Url',
  FunctionFile: 'Url',
  Runtime: 'Url',
  LearnMoreUrl: 'Url',
  'bt:Image': 'Image',
  Label: 'ShortString',
  Title: 'ShortString',
  Namespace: 'ShortString',
  Description: 'LongString',
};

/** Limits from the manifest schema documentation. */
const LIMITS = { resid: 32, shortString: 125, longString: 250, url: 2048, displayName: 125, description: 250 };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Office accepts 1 to 4 parts; the project's rule is always four (n.n.n.n). */
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const CULTURE = /^[a-z]{2,3}(-[a-z]{2,4})?$/i;
const ENGLISH = 'en-us';

interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  path: string;
}

interface UrlValue {
  label: string;
  url: string;
  element: XmlElement;
}

export function validateManifest(xml: string, options: ManifestOptions): Complaint[] {
  return checkManifest(xml, options).complaints;
}

/** Like validateManifest, also counting the individual checks made (for the CLI's "OK (n checks)"). */
export function checkManifest(xml: string, options: ManifestOptions): { complaints: Complaint[]; checks: number } {
  const complaints: Complaint[] = [];
  let checks = 0;
  const check = (ok: boolean, rule: RuleId, message: string, element?: XmlElement): void => {
    checks++;
    if (!ok) complaints.push(element ? { rule, message, path: element.path } : { rule, message });
  };

  const validation = XMLValidator.validate(xml);
  if (validation !== true) {
    const { line, col, msg } = validation.err;
    check(false, 'xml-well-formed', `XML is not well-formed at line ${line}, column ${col}: ${msg}`);
    return { complaints, checks };
  }
  check(true, 'xml-well-formed', '');

  const root = parseElements(xml)[0];
  check(
    root?.name === 'OfficeApp',
    'root-element',
    `the root element is <${root?.name}>; it must be <OfficeApp>`,
    root,
  );
  if (root?.name !== 'OfficeApp') return { complaints, checks };
  const rootType = root.attrs['xsi:type'];
  check(
    rootType === 'TaskPaneApp',
    'root-element',
    `OfficeApp xsi:type is "${rootType ?? ''}"; it must be "TaskPaneApp"`,
    root,
  );

  const resources = indexResources(root);
  const context: Context = { root, options, check, resources, urls: collectUrls(root, resources) };
  for (const rule of [
    checkOrder,
    checkRequired,
    checkResids,
    checkSharedRuntime,
    checkLengths,
    checkFormats,
    checkIcons,
    checkEmitted,
    checkOverrides,
    checkHttps,
    checkSupportUrl,
  ]) {
    rule(context);
  }
  return { complaints, checks };
}

interface Context {
  root: XmlElement;
  options: ManifestOptions;
  check: (ok: boolean, rule: RuleId, message: string, element?: XmlElement) => void;
  resources: Resources;
  urls: UrlValue[];
}

/** Resource elements by section and id. */
type Resources = Record<Section, Map<string, XmlElement>>;

// ---- parsing -------------------------------------------------------------------------------

/** Document-order elements: order matters to Office, so plain object parsing would lose it. */
function parseElements(xml: string): XmlElement[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: true,
  });
  return toElements(parser.parse(xml) as unknown[], '');
}

function toElements(nodes: unknown[], parentPath: string): XmlElement[] {
  const elements: XmlElement[] = [];
  for (const node of nodes as Record<string, unknown>[]) {
    const name = Object.keys(node).find((key) => key !== ':@');
    if (!name || name.startsWith('#') || name.startsWith('?')) continue;
    const attrs = (node[':@'] ?? {}) as Record<string, string>;
    // Decorate the segment so paths tell apart the many ExtensionPoint, Control and bt:String.
    const tag = attrs['xsi:type'] ?? attrs.id;
    const path = parentPath === '' ? name : `${parentPath}/${name}${tag ? `[${tag}]` : ''}`;
    const content = node[name] as Record<string, unknown>[];
    const text = content
      .filter((item) => '#text' in item)
      .map((item) => String(item['#text']))
      .join('');
    elements.push({ name, attrs, text, path, children: toElements(content, path) });
  }
  return elements;
}

function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((candidate) => candidate.name === name);
}

function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const inner of element.children) {
    yield inner;
    yield* descendants(inner);
  }
}

/** The last two path segments: enough for a reader to find the element in the file. */
function where(element: XmlElement): string {
  return element.path.split('/').slice(-2).join('/');
}

function overrides(element: XmlElement): XmlElement[] {
  return element.children.filter((inner) => inner.name === 'Override' || inner.name === 'bt:Override');
}

function describeSection(section: Section): string {
  const { list, item } = SECTION_ELEMENTS[section];
  return item === 'bt:String' ? `bt:String in ${list}` : item;
}

function indexResources(root: XmlElement): Resources {
  const resources = child(child(root, 'VersionOverrides'), 'Resources');
  const index: Resources = { Image: new Map(), Url: new Map(), ShortString: new Map(), LongString: new Map() };
  for (const section of Object.keys(SECTION_ELEMENTS) as Section[]) {
    const { list, item } = SECTION_ELEMENTS[section];
    for (const resource of child(resources, list)?.children ?? []) {
      if (resource.name === item && resource.attrs.id !== undefined) index[section].set(resource.attrs.id, resource);
    }
  }
  return index;
}

/** Every URL the manifest declares, default values and overrides alike. */
function collectUrls(root: XmlElement, resources: Resources): UrlValue[] {
  const urls: UrlValue[] = [];
  const add = (label: string, element: XmlElement | undefined): void => {
    if (!element) return;
    if (element.attrs.DefaultValue !== undefined) urls.push({ label, url: element.attrs.DefaultValue, element });
    for (const override of overrides(element)) {
      urls.push({
        label: `${label} ${override.attrs.Locale} override`,
        url: override.attrs.Value ?? '',
        element: override,
      });
    }
  };
  for (const name of ['IconUrl', 'HighResolutionIconUrl', 'SupportUrl']) add(name, child(root, name));
  add('DefaultSettings/SourceLocation', child(child(root, 'DefaultSettings'), 'SourceLocation'));
  for (const domain of child(root, 'AppDomains')?.children ?? [])
    urls.push({ label: 'AppDomain', url: domain.text, element: domain });
  for (const [id, image] of resources.Image) add(`bt:Image "${id}"`, image);
  for (const [id, url] of resources.Url) add(`bt:Url "${id}"`, url);
  return urls;
}

/** The file path a URL stands for, relative to the base URL; undefined when outside the base. */
function relativePath(url: string, baseUrl: string | undefined): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const base = new URL(baseUrl ?? `${parsed.origin}/`);
  const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`;
  if (parsed.origin !== base.origin || !parsed.pathname.startsWith(basePath)) return undefined;
  return decodeURIComponent(parsed.pathname.slice(basePath.length));
}

/** Width and height from the IHDR chunk, or undefined when the bytes are not a PNG. */
export function readPngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return undefined;
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.toString('ascii', 12, 16) !== 'IHDR') return undefined;
  return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}

// ---- rules ---------------------------------------------------------------------------------

function checkOrder({ root, check }: Context): void {
  for (const element of [root, ...descendants(root)]) {
    const order = CHILD_ORDER[element.name];
    if (!order) continue;
    let latest: string | undefined;
    for (const inner of element.children) {
      const rank = order.indexOf(inner.name);
      if (rank < 0) continue;
      const latestRank = latest === undefined ? -1 : order.indexOf(latest);
      check(rank >= latestRank, 'element-order', `${inner.name} must come before ${latest} in ${element.name}`, inner);
      if (rank > latestRank) latest = inner.name;
    }
  }
}

function checkRequired({ root, check }: Context): void {
  for (const name of REQUIRED_IN_OFFICE_APP) {
    check(child(root, name) !== undefined, 'required-element', `OfficeApp has no <${name}>`, root);
  }
  const defaultSettings = child(root, 'DefaultSettings');
  if (defaultSettings) {
    check(
      child(defaultSettings, 'SourceLocation') !== undefined,
      'required-element',
      'DefaultSettings has no <SourceLocation>',
      defaultSettings,
    );
  }
  const versionOverrides = child(root, 'VersionOverrides');
  if (versionOverrides) {
    for (const name of ['Hosts', 'Resources']) {
      check(
        child(versionOverrides, name) !== undefined,
        'required-element',
        `VersionOverrides has no <${name}>`,
        versionOverrides,
      );
    }
  }
}

function checkResids({ root, check, resources }: Context): void {
  for (const element of descendants(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined) continue;
    const expected = RESID_SECTION[element.name];
    const found = (Object.keys(resources) as Section[]).filter((section) => resources[section].has(resid));
    if (found.length === 0) {
      const target = expected ? `any ${describeSection(expected)}` : 'any resource';
      check(false, 'resid-resolves', `resid "${resid}" (${where(element)}) does not resolve to ${target}`, element);
    } else if (expected) {
      check(
        found.includes(expected),
        'resid-resolves',
        `resid "${resid}" (${where(element)}) resolves to a ${describeSection(found[0])}, but must refer to a ${describeSection(expected)}`,
        element,
      );
    }
  }
}

/** Shared runtime: the runtime, the functions' page, the command file and the pane are one page. */
function checkSharedRuntime({ root, check }: Context): void {
  for (const host of child(child(root, 'VersionOverrides'), 'Hosts')?.children ?? []) {
    const runtime = child(child(host, 'Runtimes'), 'Runtime');
    check(
      runtime !== undefined,
      'shared-runtime',
      `${where(host)} has no Runtimes/Runtime; the shared runtime needs one`,
      host,
    );
    if (!runtime) continue;
    check(
      runtime.attrs.lifetime === 'long',
      'runtime-lifetime',
      `Runtime lifetime is "${runtime.attrs.lifetime ?? ''}"; it must be "long" so functions and pane keep one state`,
      runtime,
    );
    const customFunctions = child(host, 'AllFormFactors')?.children.find(
      (point) => point.attrs['xsi:type'] === 'CustomFunctions',
    );
    const sharers: Array<[string, XmlElement | undefined]> = [
      ['CustomFunctions Page', child(child(customFunctions, 'Page'), 'SourceLocation')],
      ['FunctionFile', child(child(host, 'DesktopFormFactor'), 'FunctionFile')],
      ...[...descendants(host)]
        .filter((element) => element.name === 'Action' && element.attrs['xsi:type'] === 'ShowTaskpane')
        .map((action): [string, XmlElement | undefined] => [
          'ShowTaskpane SourceLocation',
          child(action, 'SourceLocation'),
        ]),
    ];
    for (const [label, element] of sharers) {
      if (!element) continue;
      check(
        element.attrs.resid === runtime.attrs.resid,
        'shared-runtime',
        `${label} resid "${element.attrs.resid ?? ''}" differs from Runtime resid "${runtime.attrs.resid ?? ''}"; a shared runtime needs them equal`,
        element,
      );
    }
  }
}

function checkLengths({ root, check, resources, urls }: Context): void {
  const limit = (label: string, value: string, max: number, element: XmlElement): void =>
    check(value.length <= max, 'length-limit', `${label} is ${value.length} characters; the limit is ${max}`, element);

  const seenResids = new Set<string>();
  for (const element of descendants(root)) {
    const resid = element.attrs.resid;
    if (resid === undefined || seenResids.has(resid)) continue;
    seenResids.add(resid);
    limit(`resid "${resid}"`, resid, LIMITS.resid, element);
  }
  const strings: Array<[Section, number]> = [
    ['ShortString', LIMITS.shortString],
    ['LongString', LIMITS.longString],
  ];
  for (const [section, max] of strings) {
    for (const [id, resource] of resources[section]) {
      const label = `bt:String "${id}" (${SECTION_ELEMENTS[section].list})`;
      limit(label, resource.attrs.DefaultValue ?? '', max, resource);
      for (const override of overrides(resource))
        limit(`${label} ${override.attrs.Locale} override`, override.attrs.Value ?? '', max, override);
    }
  }
  for (const [name, max] of [
    ['DisplayName', LIMITS.displayName],
    ['Description', LIMITS.description],
  ] as const) {
    const element = child(root, name);
    if (!element) continue;
    limit(name, element.attrs.DefaultValue ?? '', max, element);
    for (const override of overrides(element))
      limit(`${name} ${override.attrs.Locale} override`, override.attrs.Value ?? '', max, override);
  }
  for (const { label, url, element } of urls) limit(`${label} URL`, url, LIMITS.url, element);
}

function checkFormats({ root, check }: Context): void {
  const id = child(root, 'Id');
  if (id) check(GUID.test(id.text), 'id-guid', `Id "${id.text}" is not a GUID`, id);
  const version = child(root, 'Version');
  if (version) {
    check(
      VERSION.test(version.text),
      'version-format',
      `Version "${version.text}" must be four numbers n.n.n.n (e.g. 1.0.0.0)`,
      version,
    );
  }
  const locale = child(root, 'DefaultLocale');
  if (locale)
    check(
      CULTURE.test(locale.text),
      'locale-format',
      `DefaultLocale "${locale.text}" is not a culture name like it-IT`,
      locale,
    );
}

function checkIcons({ root, check, resources, options }: Context): void {
  const icons: Array<{ label: string; element: XmlElement; sizes: Set<number> }> = [];
  for (const [name, size] of [
    ['IconUrl', 32],
    ['HighResolutionIconUrl', 64],
  ] as const) {
    const element = child(root, name);
    if (element) icons.push({ label: name, element, sizes: new Set([size]) });
  }
  // The size an image must have is the size it is used at (<Icon><bt:Image size="16" .../>), not its id.
  const sizesByResid = new Map<string, Set<number>>();
  for (const reference of descendants(root)) {
    if (reference.name !== 'bt:Image' || reference.attrs.resid === undefined) continue;
    const sizes = sizesByResid.get(reference.attrs.resid) ?? new Set<number>();
    sizes.add(Number(reference.attrs.size));
    sizesByResid.set(reference.attrs.resid, sizes);
  }
  for (const [id, element] of resources.Image) {
    icons.push({ label: `bt:Image "${id}"`, element, sizes: sizesByResid.get(id) ?? new Set() });
  }

  for (const { label, element, sizes } of icons) {
    const url = element.attrs.DefaultValue ?? '';
    const file = relativePath(url, options.baseUrl);
    if (file === undefined) {
      check(false, 'icon-file', `${label} "${url}" is not under the base URL, so its file cannot be found`, element);
      continue;
    }
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(join(options.baseDir, file));
    } catch {
      bytes = undefined;
    }
    check(
      bytes !== undefined,
      'icon-file',
      `${label} points to ${file}, which does not exist under ${options.baseDir}`,
      element,
    );
    if (!bytes) continue;
    const png = readPngSize(bytes);
    check(png !== undefined, 'icon-file', `${label} points to ${file}, which is not a PNG file`, element);
    if (!png) continue;
    for (const size of sizes) {
      check(
        png.width === size && png.height === size,
        'icon-size',
        `${label} must be ${size}x${size} but ${file} is ${png.width}x${png.height}`,
        element,
      );
    }
  }
}

/**
 * The pages and scripts Office loads must exist in the build output, or the add-in starts blank;
 * so must the help pages it links to ("Learn more", the support page), or the link opens a 404.
 */
function checkEmitted({ root, check, resources, options }: Context): void {
  if (!options.emittedFiles) return;
  const emitted = new Set(options.emittedFiles.map((file) => file.replace(/\\/g, '/')));
  const loaded = new Map<string, UrlValue>();
  const defaultPage = child(child(root, 'DefaultSettings'), 'SourceLocation');
  if (defaultPage)
    loaded.set('', {
      label: 'DefaultSettings/SourceLocation',
      url: defaultPage.attrs.DefaultValue ?? '',
      element: defaultPage,
    });
  for (const element of descendants(child(root, 'VersionOverrides') ?? root)) {
    const resource = resources.Url.get(element.attrs.resid ?? '');
    if (!resource || !['Runtime', 'FunctionFile', 'SourceLocation', 'LearnMoreUrl'].includes(element.name)) continue;
    loaded.set(resource.attrs.id, {
      label: `bt:Url "${resource.attrs.id}"`,
      url: resource.attrs.DefaultValue ?? '',
      element: resource,
    });
    // A localized URL (functions.en-US.json for English Office) must be emitted too.
    for (const override of overrides(resource)) {
      loaded.set(`${resource.attrs.id}@${override.attrs.Locale ?? ''}`, {
        label: `bt:Url "${resource.attrs.id}" (${override.attrs.Locale ?? ''})`,
        url: override.attrs.Value ?? '',
        element: override,
      });
    }
  }
  const support = child(root, 'SupportUrl');
  if (support)
    loaded.set('SupportUrl', { label: 'SupportUrl', url: support.attrs.DefaultValue ?? '', element: support });
  for (const { label, url, element } of loaded.values()) {
    const file = relativePath(url, options.baseUrl);
    check(
      file !== undefined && emitted.has(file),
      'url-emitted',
      file === undefined
        ? `${label} "${url}" is not under the base URL, so the build cannot emit it`
        : `${label} points to ${file}, which the build does not emit`,
      element,
    );
  }
}

/** Staff read Italian, but Excel in English (and the admin centre) must not show Italian text. */
function checkOverrides({ root, check, resources }: Context): void {
  if (child(root, 'DefaultLocale')?.text.toLowerCase() === ENGLISH) return;
  const hasEnglish = (element: XmlElement): boolean =>
    overrides(element).some((override) => override.attrs.Locale?.toLowerCase() === ENGLISH);
  for (const name of ['DisplayName', 'Description']) {
    const element = child(root, name);
    if (element) check(hasEnglish(element), 'en-us-override', `${name} has no en-US Override`, element);
  }
  // The namespace is typed in formulas (=CASA.…): it is a name, not text to translate.
  const namespaceIds = new Set(
    [...descendants(root)].filter((element) => element.name === 'Namespace').map((element) => element.attrs.resid),
  );
  for (const section of ['ShortString', 'LongString'] as const) {
    for (const [id, resource] of resources[section]) {
      if (namespaceIds.has(id)) continue;
      check(
        hasEnglish(resource),
        'en-us-override',
        `bt:String "${id}" (${SECTION_ELEMENTS[section].list}) has no en-US bt:Override`,
        resource,
      );
    }
  }
}

/** Microsoft's validation and AppSource require a support page: the add-in's help page (help.html). */
function checkSupportUrl({ root, check }: Context): void {
  const support = child(root, 'SupportUrl');
  check(
    support?.attrs.DefaultValue !== undefined && support.attrs.DefaultValue !== '',
    'support-url',
    'SupportUrl is missing: Microsoft and AppSource require a support page (the help page, help.html)',
    root,
  );
}

function checkHttps({ check, urls }: Context): void {
  for (const { label, url, element } of urls) {
    check(url.startsWith('https://'), 'https', `${label} "${url}" is not https`, element);
  }
}
