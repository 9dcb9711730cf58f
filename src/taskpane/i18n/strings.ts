/**
 * What the task pane shows, read in one language. The texts live in the pane's message tables
 * (app.ts, inventory.ts, params.ts, preview.ts, ambito.ts; src/core/messages): Italian and
 * English side by side, with named placeholders. `stringsFor(language)` binds them to a
 * language: a text without placeholders is a string, one with placeholders a function of its
 * values (`strings.readDone({ address, rows })`). The few entries below that are not a table's
 * own message pick the singular or plural form of a counted sentence, or join rendered pieces.
 */
import { languageOf, type Language } from '../../core/language';
import { bindMessages, format, formatCount, type Message, type Value } from '../../core/messages';
import { citation } from '../../core/messages/citations';
import { SCENARIO_MESSAGES, COMMUNICATION_MESSAGES, OWNER_STATUS } from './ambito';
import { APP_MESSAGES, COUNT_MESSAGES, CREATE_MESSAGES, FUNCTION_DESCRIPTIONS, FUNCTIONS_MESSAGES } from './app';
import { COLUMN_MESSAGES, INVENTORY_MESSAGES, ISSUE_MESSAGES } from './inventory';
import { ORDINE_NAMES, OVERRIDE_MESSAGES, PARAMS_STEP_MESSAGES, PRESET_MESSAGES } from './params';
import { PREVIEW_MESSAGES, QUOTA_NAMES } from './preview';
import { REQUIRED_MESSAGES } from './required';
import { RIBBON_MESSAGES } from '../../commands/messages';

/** The one or other form of a counted message, the count read from the values under `count`. */
function counted<One extends string, Other extends string>(
  one: Message<One>,
  other: Message<Other>,
  count: One | Other,
  language: Language,
): (values: Record<One | Other, Value>) => string {
  return (values) =>
    formatCount(Number(values[count]), one as Message<string>, other as Message<string>, language, values);
}

function paneStrings(language: Language) {
  const say = <Names extends string>(message: Message<Names>, values: Record<Names, Value>): string =>
    format(message as Message<string>, language, values as Record<string, Value>);
  const problems = (count: number): string =>
    count === 0
      ? COUNT_MESSAGES.problemsNone[language]
      : formatCount(count, COUNT_MESSAGES.problemsOne, COUNT_MESSAGES.problemsOther, language, { count });
  const dwellings = (count: number): string =>
    formatCount(count, COUNT_MESSAGES.dwellingsOne, COUNT_MESSAGES.dwellingsOther, language, { count });
  const owners = (count: number): string =>
    formatCount(count, COUNT_MESSAGES.ownersOne, COUNT_MESSAGES.ownersOther, language, { count });
  const quoted = (name: string): string => say(APP_MESSAGES.quoted, { name });
  const inventory = INVENTORY_MESSAGES;
  const columns = COLUMN_MESSAGES;
  const issues = ISSUE_MESSAGES;
  const params = PARAMS_STEP_MESSAGES;
  const preview = PREVIEW_MESSAGES;
  const communications = COMMUNICATION_MESSAGES;
  const scenarios = SCENARIO_MESSAGES;

  return {
    ...bindMessages(APP_MESSAGES, language),
    ...bindMessages(FUNCTIONS_MESSAGES, language),
    ...bindMessages(INVENTORY_MESSAGES, language),
    ...bindMessages(COLUMN_MESSAGES, language),
    ...bindMessages(ISSUE_MESSAGES, language),
    ...bindMessages(PARAMS_STEP_MESSAGES, language),
    ...bindMessages(REQUIRED_MESSAGES, language),
    ...bindMessages(PRESET_MESSAGES, language),
    ...bindMessages(OVERRIDE_MESSAGES, language),
    ...bindMessages(PREVIEW_MESSAGES, language),
    ...bindMessages(CREATE_MESSAGES, language),
    ...bindMessages(COMMUNICATION_MESSAGES, language),
    ...bindMessages(SCENARIO_MESSAGES, language),
    functionDescriptions: bindMessages(FUNCTION_DESCRIPTIONS, language),
    ordineNames: bindMessages(ORDINE_NAMES, language),
    quotaNames: bindMessages(QUOTA_NAMES, language),
    ownerStatus: bindMessages(OWNER_STATUS, language) as Readonly<Record<string, string>>,
    /** A legal reference as the language writes it (core/messages/citations.ts). */
    citation: (reference: string): string => citation(reference, language),
    /** What the ribbon's "Crea piano" announces in the pane once it has written the plan. */
    ribbonCreated: (values: { sheetName: string }): string => format(RIBBON_MESSAGES.created, language, values),

    sourceTable: counted(inventory.sourceTableOne, inventory.sourceTableOther, 'rows', language),
    sourceName: counted(inventory.sourceNameOne, inventory.sourceNameOther, 'rows', language),
    readDone: counted(inventory.readDoneOne, inventory.readDoneOther, 'rows', language),
    inventorySummary: (values: { rows: number; source: string; columns: number; problems: number }): string =>
      [
        formatCount(values.rows, inventory.summaryDwellingsOne, inventory.summaryDwellingsOther, language, values),
        formatCount(values.columns, inventory.summaryColumnsOne, inventory.summaryColumnsOther, language, values),
        problems(values.problems),
      ].join(' · '),
    issuesCountSentence: ({ count }: { count: number }): string =>
      count === 0
        ? inventory.issuesCountNone[language]
        : formatCount(count, inventory.issuesCountOne, inventory.issuesCountOther, language, { count }),
    columnsRecognisedShow: counted(
      columns.columnsRecognisedShowOne,
      columns.columnsRecognisedShowOther,
      'count',
      language,
    ),
    columnsRecognisedHide: counted(
      columns.columnsRecognisedHideOne,
      columns.columnsRecognisedHideOther,
      'count',
      language,
    ),

    issuesCount: ({ count }: { count: number }): string =>
      formatCount(count, COUNT_MESSAGES.problemsOne, COUNT_MESSAGES.problemsOther, language, { count }),
    rereadDone: ({ now, before }: { now: number; before: number }): string =>
      now === 0
        ? say(issues.rereadDoneNone, { before })
        : formatCount(now, issues.rereadDoneOne, issues.rereadDoneOther, language, { now, before }),

    paramsSummary: (values: { year: number; ambito: string; owners: number; problems: number }): string =>
      [
        say(params.summaryYear, values),
        values.ambito === '' ? params.summaryAmbitoMissing[language] : values.ambito,
        values.owners === 0
          ? undefined
          : formatCount(values.owners, params.summaryOwnersOne, params.summaryOwnersOther, language, values),
        values.problems === 0
          ? undefined
          : formatCount(values.problems, params.summaryProblemsOne, params.summaryProblemsOther, language, values),
      ]
        .filter((part) => part !== undefined)
        .join(' · '),
    measureItem: ({ text, amount }: { text: string; amount?: string }): string =>
      amount ? say(params.measureItemWithAmount, { text, amount }) : text,
    presetDone: counted(PRESET_MESSAGES.presetDoneOne, PRESET_MESSAGES.presetDoneOther, 'changed', language),

    previewSummary: ({ units, groups }: { units: number; groups: number }): string =>
      formatCount(groups, preview.previewSummaryOne, preview.previewSummaryOther, language, {
        units: dwellings(units),
        groups,
      }),
    quotaPart: ({ name, share, ownValue }: { name: string; share?: string; ownValue: boolean }): string =>
      share
        ? say(ownValue ? preview.quotaPartShareOwn : preview.quotaPartShare, { name, share })
        : ownValue
          ? say(preview.quotaPartOwn, { name })
          : name,
    satValue: ({ allowed, requested, cap }: { allowed: number; requested: number; cap?: string }): string =>
      requested === 0
        ? say(preview.satNoneRequested, { allowed })
        : cap
          ? say(preview.satCapped, { allowed, requested, cap })
          : say(preview.satOfRequested, { allowed, requested }),
    notesShow: counted(preview.notesShowOne, preview.notesShowOther, 'count', language),
    notesHide: counted(preview.notesHideOne, preview.notesHideOther, 'count', language),

    createdSheets: ({ sheetNames }: { sheetNames: readonly string[] }): string =>
      say(CREATE_MESSAGES.createdSheets, { sheetNames: sheetNames.map(quoted).join(', ') }),
    createNeeds: ({ reasons }: { reasons: readonly string[] }): string =>
      say(CREATE_MESSAGES.createNeeds, { reasons: reasons.join('; ') }),

    communicationsSummary: (values: { received: number; missing: number; problems: number }): string =>
      values.received === 0
        ? communications.summaryEmpty[language]
        : say(communications.summary, {
            received: formatCount(
              values.received,
              communications.summaryReceivedOne,
              communications.summaryReceivedOther,
              language,
              values,
            ),
            missing:
              values.missing === 0
                ? communications.summaryMissingNone[language]
                : say(communications.summaryMissingSome, values),
            problems: formatCount(values.problems, COUNT_MESSAGES.problemsOne, COUNT_MESSAGES.problemsOther, language, {
              count: values.problems,
            }),
          }),
    prepareMissingButton: counted(
      communications.prepareMissingButtonOne,
      communications.prepareMissingButtonOther,
      'count',
      language,
    ),
    preparedOpened: ({ file, dwellings: count }: { file: string; dwellings: number }): string =>
      say(communications.preparedOpened, {
        file,
        dwellings: count === 0 ? communications.emptyDwellings[language] : dwellings(count),
      }),
    preparedReady: ({ file, dwellings: count }: { file: string; dwellings: number }): string =>
      say(communications.preparedReady, {
        file,
        dwellings: count === 0 ? communications.emptyDwellings[language] : dwellings(count),
      }),
    importDone: (values: { files: number; sheets: number }): string =>
      say(communications.importDone, {
        files: formatCount(
          values.files,
          communications.importFilesOne,
          communications.importFilesOther,
          language,
          values,
        ),
        sheets: formatCount(
          values.sheets,
          communications.importSheetsOne,
          communications.importSheetsOther,
          language,
          values,
        ),
      }),
    sourceCommunication: ({ file, sheetNames }: { file: string; sheetNames: readonly string[] }): string =>
      say(communications.sourceCommunication, { file, sheets: sheetNames.join(', ') }),
    mergeDone: (values: { owners: number; dwellings: number }): string =>
      say(communications.mergeDone, { owners: owners(values.owners), dwellings: dwellings(values.dwellings) }),
    /** An owner's dwellings, then the files they came from. */
    ownerDetail: ({ dwellings: count, fileNames }: { dwellings: number; fileNames: readonly string[] }): string =>
      [dwellings(count), ...(fileNames.length > 0 ? [fileNames.join(', ')] : [])].join(' - '),
    mergeProblemsHeading: counted(
      communications.mergeProblemsHeadingOne,
      communications.mergeProblemsHeadingOther,
      'count',
      language,
    ),
    mergedPreview: counted(communications.mergedPreviewOne, communications.mergedPreviewOther, 'sources', language),

    scenariosSummary: ({ count, chosen }: { count: number; chosen?: string }): string =>
      chosen
        ? say(scenarios.scenarioPreview, { name: chosen })
        : count === 0
          ? scenarios.summaryNone[language]
          : formatCount(count, scenarios.summaryOne, scenarios.summaryOther, language, { count }),
  };
}

export type Strings = ReturnType<typeof paneStrings>;

const BOUND = new Map<Language, Strings>();

/** Language detection is shared with the functions and the ribbon (src/core/language.ts). */
export { languageOf, type Language };

/** The pane's texts in a language ('it', 'en') or an Office display language ('en-US', 'it-IT'). */
export function stringsFor(language: string | undefined): Strings {
  const chosen = languageOf(language);
  let strings = BOUND.get(chosen);
  if (!strings) {
    strings = paneStrings(chosen);
    BOUND.set(chosen, strings);
  }
  return strings;
}

/**
 * A range as the pane shows it: the sheet's name as on its tab, without the quotes Excel puts
 * around a name with spaces, then the cells ("Inventario errato!A1:F7"). `address` may hold a
 * sheet part ("'Inventario errato'!A1:F7"): it is dropped.
 */
export function sheetRange(sheetName: string, address: string): string {
  const cells = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  return `${sheetName}!${cells}`;
}

/** Percentages and typed points are formatted by the core, as on the plan sheet and in messages. */
export { formatPercent, formatPoints } from '../../core/numbers';
