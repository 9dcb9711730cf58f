/**
 * The manifest against Microsoft's own XSD schemas, offline: the last published set, vendored in
 * scripts/manifest/schemas/ with their provenance, licence and the four fixes they need to compile
 * (SOURCES.md there), run by xmllint compiled to WebAssembly (xmllint-wasm), no system package.
 * The schemas catch what a rule list misses: element order, misspelt elements, bad locales,
 * missing required children. And the custom functions' metadata (functions*.json) against a JSON
 * schema of its documented format (custom-functions.schema.json there).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { validateXML } from 'xmllint-wasm';
import type { Complaint } from './validate';

export const SCHEMAS = join(__dirname, 'schemas');
const ROOT_SCHEMA = 'OfficeAppManifestV1_1.xsd';

/** Complaints of the XSD validation, one per error, with the manifest's line. */
export async function checkAgainstSchemas(xml: string, fileName = 'manifest.xml'): Promise<Complaint[]> {
  const xsds = readdirSync(SCHEMAS).filter((name) => name.endsWith('.xsd'));
  const result = await validateXML({
    xml: [{ fileName, contents: xml }],
    schema: [{ fileName: ROOT_SCHEMA, contents: readFileSync(join(SCHEMAS, ROOT_SCHEMA), 'utf8') }],
    preload: xsds
      .filter((name) => name !== ROOT_SCHEMA)
      .map((name) => ({ fileName: name, contents: readFileSync(join(SCHEMAS, name), 'utf8') })),
  });
  if (result.valid) return [];
  return result.errors.map((error) => ({
    rule: 'xsd' as const,
    message: `${error.loc ? `line ${error.loc.lineNumber}: ` : ''}${error.message.replace(/^Schemas validity error : /, '').trim()}`,
  }));
}

let compiled: ReturnType<Ajv['compile']> | undefined;

/** Complaints about a functions*.json file: its JSON, its schema, ids unique. */
export function checkFunctionsMetadata(text: string): Complaint[] {
  let metadata: unknown;
  try {
    metadata = JSON.parse(text);
  } catch (error) {
    return [{ rule: 'functions-schema', message: `not JSON: ${(error as Error).message}` }];
  }
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, unicodeRegExp: true });
    compiled = ajv.compile(JSON.parse(readFileSync(join(SCHEMAS, 'custom-functions.schema.json'), 'utf8')));
  }
  const complaints: Complaint[] = [];
  if (!compiled(metadata)) {
    for (const error of compiled.errors ?? []) {
      complaints.push({
        rule: 'functions-schema',
        message: `${error.instancePath || '(root)'} ${error.message ?? ''}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params.additionalProperty)})` : ''}`,
      });
    }
    return complaints;
  }
  const ids = new Set<string>();
  for (const fn of (metadata as { functions: { id: string }[] }).functions) {
    const id = fn.id.toUpperCase();
    if (ids.has(id)) complaints.push({ rule: 'functions-schema', message: `function id ${fn.id} is not unique` });
    ids.add(id);
  }
  return complaints;
}
