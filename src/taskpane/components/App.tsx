import * as React from 'react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button, Caption1, Link, Subtitle2, makeStyles, tokens, LiveRegion } from '../ui';
import type { ExcelAdapter, InventorySource } from '../../excel/types';
import type { InventoryIssue } from '../../core/types';
import { planSheetLayout } from '../../core/pipeline';
import { errorText } from '../errors';
import { subscribeAnnouncements } from '../focus';
import { loadSavedSettings } from '../hooks/settings';
import { fieldKeyOf, useFocusRequest } from '../hooks/useFocusRequest';
import { sourceKey, useInventory } from '../hooks/useInventory';
import {
  formulaInvariant,
  formulaText,
  functionExamples,
  rangeReference,
  type FunctionExample,
} from '../functionsCatalog';
import { useParams } from '../hooks/useParams';
import { planFromCurrentInventory, usePlan } from '../hooks/usePlan';
import { useAmbito } from '../hooks/useAmbito';
import { sheetRange, stringsFor, type Language } from '../i18n/strings';
import { ColumnMapping } from './ColumnMapping';
import { Communications } from './Communications';
import { Footer, type CreateStatus, type PaneMessage } from './Footer';
import { FunctionsList } from './FunctionsList';
import { DismissIcon } from './icons';
import { IssueList } from './IssueList';
import { Notice } from './Notice';
import { ParamsForm } from './ParamsForm';
import { PlanPreview } from './PlanPreview';
import { Scenarios } from './Scenarios';
import { useSectionStyles } from './Section';
import { SourcePicker } from './SourcePicker';
import { Step, type StepId } from './Step';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} 0`,
    minWidth: 0,
    maxWidth: '100%',
    // The footer sits at the bottom of the pane even when the steps are short.
    minHeight: '100vh',
    boxSizing: 'border-box',
    // On a 320 px pane, a select sized by its longest option (a table's full description)
    // would push the pane sideways: fields and selects take the width they are given instead
    // (ui/css.ts: min-width 0, the select 100 % wide with an ellipsis).
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  titleRow: {
    display: 'flex',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  subtitle: { color: tokens.colorNeutralForeground2 },
  steps: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  /** Room at the end of the steps, so that the last one does not touch the footer. */
  end: { flexGrow: 1 },
});

export interface AppProps {
  adapter: ExcelAdapter;
  language: Language;
  /** The clock, for the plan sheet's generation date. */
  now?: () => Date;
  /** A field to focus and highlight at start (the ribbon asks for it when something is missing). */
  initialFocus?: string;
  /** Why the ribbon asked for it, shown above the form. */
  initialFocusReason?: string;
}

type SaveStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done' } | { kind: 'failed'; message: string };

const systemClock = (): Date => new Date();

/** The source as the step's summary names it: the table or range, or the address read. */
function sourceLabel(source: InventorySource | undefined, address: string): string {
  return source && source.kind !== 'selection' ? source.name : address;
}

export function App({
  adapter,
  language,
  now = systemClock,
  initialFocus,
  initialFocusReason,
}: AppProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const strings = stringsFor(language);
  const [defaultYear] = useState(() => now().getFullYear() + 1);
  const [saved] = useState(() => loadSavedSettings(adapter));

  const inventory = useInventory(adapter, { source: saved.source, mapping: saved.mapping });
  const params = useParams(adapter, {
    language,
    defaultYear,
    saved: saved.params,
    savedPresetId: saved.presetId,
  });
  const { inventory: parsed, outcome } = usePlan(inventory.read, inventory.mapping, params.params);

  // The steps: the inventory open until read; the parameters open unless the workbook already
  // holds valid ones; the preview open.
  const [open, setOpen] = useState<Record<StepId, boolean>>(() => ({
    inventory: true,
    params: !(saved.params && params.complete),
    preview: true,
    functions: false,
    communications: saved.comunicazioni !== undefined,
    scenarios: false,
  }));
  // The capofila's steps (4 and 5) appear when asked for from step 1, or when the workbook holds
  // communications imported before: the single-inventory pane keeps its height.
  const [ambitoShown, setAmbitoShown] = useState(saved.comunicazioni !== undefined);
  const showAmbito = (): void => {
    setAmbitoShown(true);
    setOpen((previous) => ({ ...previous, communications: true }));
    requestAnimationFrame(() =>
      rootRef.current?.querySelector('[data-step="communications"]')?.scrollIntoView({ block: 'start' }),
    );
  };
  const toggle = (step: StepId): void => setOpen((previous) => ({ ...previous, [step]: !previous[step] }));
  const reveal = useCallback((element: HTMLElement) => {
    const step = element.closest('[data-step]')?.getAttribute('data-step') as StepId | null | undefined;
    if (step) setOpen((previous) => (previous[step] ? previous : { ...previous, [step]: true }));
  }, []);

  const [initialRequest] = useState(() =>
    initialFocus === undefined ? undefined : { field: initialFocus, reason: initialFocusReason },
  );
  const focus = useFocusRequest(initialRequest, inventory.read !== undefined, reveal);

  const [createStatus, setCreateStatus] = useState<CreateStatus>({ kind: 'idle' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [message, setMessage] = useState<PaneMessage>();
  const [rowError, setRowError] = useState<string>();
  const rootRef = useRef<HTMLElement>(null);

  useEffect(() => subscribeAnnouncements((text) => setMessage({ intent: 'info', text })), []);

  // Reading from the button closes the inventory step (and the parameters, when they are
  // complete): the preview comes into view.
  const readByButton = useRef(false);
  const onRead = (): void => {
    readByButton.current = true;
    void inventory.readInventory();
  };
  const paramsComplete = params.complete;
  useEffect(() => {
    if (!readByButton.current || inventory.status === 'reading') return;
    readByButton.current = false;
    const read = inventory.read;
    if (inventory.status !== 'done' || !read || !parsed) return;
    const address = sheetRange(read.sheetName, read.address);
    const rows = Math.max(0, read.grid.length - 1);
    setMessage({
      intent: parsed.fatal ? 'warning' : 'success',
      text: `${strings.readDone({ address, rows })} ${strings.issuesCountSentence({ count: parsed.issues.length })}`,
    });
    if (parsed.fatal) return;
    setOpen((previous) => ({ ...previous, inventory: false, params: paramsComplete ? false : previous.params }));
  }, [inventory.status, inventory.read, parsed, paramsComplete, strings]);

  const owners = useMemo(() => parsed?.owners ?? [], [parsed]);

  const read = inventory.read;
  // The capofila's side: the owners' communications merged, scenarios compared (issue #11).
  // One object per inventory read (and mapping): the capofila's side folds it only when asked.
  const readSource = inventory.readSource;
  const inventoryMapping = inventory.mapping;
  const ambitoInventory = useMemo(
    () =>
      read && parsed && !parsed.fatal
        ? {
            read,
            mapping: inventoryMapping,
            columns: parsed.columns,
            label: sourceLabel(readSource, sheetRange(read.sheetName, read.address)),
          }
        : undefined,
    [read, parsed, inventoryMapping, readSource],
  );
  const ambito = useAmbito(adapter, {
    inventory: ambitoInventory,
    inventoryOwners: owners,
    params: params.params,
    language,
    now,
    saved: { imported: saved.comunicazioni, entiText: saved.entiAmbito },
    rereadInventory: inventory.reread,
  });
  /** The plan shown and created: the merged one (or a scenario made the plan), else the inventory's. */
  const plan = ambito.plan ?? outcome?.plan;

  const settingsInventory = { source: inventory.readSource ?? inventory.selectedSource, mapping: inventory.mapping };
  const settingsAmbito = { comunicazioni: ambito.imported, entiAmbito: ambito.entiText };
  const { save } = params;

  const { clearHighlight } = focus;
  const onEdited = useCallback(
    (key: string) => {
      clearHighlight(key);
      // A message about the previous values would mislead once they change.
      setCreateStatus((status) => (status.kind === 'busy' ? status : { kind: 'idle' }));
      setSaveStatus((status) => (status.kind === 'busy' ? status : { kind: 'idle' }));
      setMessage((current) => (current?.aboutCreation ? undefined : current));
    },
    [clearHighlight],
  );

  const onSave = async (): Promise<void> => {
    setSaveStatus({ kind: 'busy' });
    try {
      await save(settingsInventory, settingsAmbito);
      setSaveStatus({ kind: 'done' });
    } catch (error) {
      setSaveStatus({ kind: 'failed', message: errorText(error, language, strings) });
    }
  };

  const onCreate = async (): Promise<void> => {
    if ((!outcome && !ambito.plan) || !params.complete || !params.params || createStatus.kind === 'busy') return;
    setCreateStatus({ kind: 'busy' });
    let warning: string | undefined;
    try {
      await save(settingsInventory, settingsAmbito);
    } catch (error) {
      warning = errorText(error, language, strings);
    }
    try {
      let created: string;
      if (ambito.plan) {
        // The merged plan, with the owners' communications and the scenarios compared beside it,
        // from the sources as the workbook holds them now (issue #9): a sheet corrected after
        // "Unisci" refreshes the merge and the preview, and nothing is written until pressed again.
        const current = await ambito.recheck();
        if (current.kind === 'changed') {
          // "Creati i fogli ..." of a previous press no longer describes what is shown.
          setMessage((shown) => (shown?.aboutCreation ? undefined : shown));
          setCreateStatus({
            kind: 'failed',
            message: current.of === 'inventory' ? strings.inventoryChanged : strings.communicationsChanged,
          });
          return;
        }
        const merged = ambito.plan;
        const layouts = [
          planSheetLayout({ plan: merged, fingerprint: merged.impronta }, { language, generatedAt: now() }),
          ...ambito.extraLayouts(language),
        ];
        const written = await adapter.writeSheets(layouts);
        created =
          written.length === 1
            ? strings.created({ sheetName: written[0].sheetName })
            : strings.createdSheets({ sheetNames: written.map((sheet) => sheet.sheetName) });
      } else {
        // The plan is written from the workbook as it is now (issue #9): the same read the ribbon does.
        const current = await planFromCurrentInventory(inventory, params.params);
        if (current.kind !== 'same') {
          setMessage((shown) => (shown?.aboutCreation ? undefined : shown));
          setCreateStatus({
            kind: 'failed',
            message: current.kind === 'changed' ? strings.inventoryChanged : strings.inventoryUnusable,
          });
          return;
        }
        const layout = planSheetLayout(current.outcome, { language, generatedAt: now() });
        const result = await adapter.writePlanSheet(layout);
        created = strings.created({ sheetName: result.sheetName });
      }
      setCreateStatus({ kind: 'idle' });
      setMessage(
        warning
          ? {
              intent: 'warning',
              text: `${created}. ${strings.savedAfterCreateFailed} ${warning}`,
              aboutCreation: true,
            }
          : { intent: 'success', text: created, aboutCreation: true },
      );
    } catch (error) {
      setCreateStatus({ kind: 'failed', message: errorText(error, language, strings) });
    }
  };

  // "Vai alla cella": the clerk corrects the cell in Excel; coming back to the pane reads the
  // inventory again, so that the list shows what is left.
  const [correcting, setCorrecting] = useState(false);
  const onGoTo = read
    ? (issue: InventoryIssue): void => {
        setRowError(undefined);
        setCorrecting(true);
        const selected = issue.cell
          ? adapter.selectCell(read.sheetName, issue.cell)
          : adapter.selectRow(read.sheetName, issue.row, read.firstColumn, read.grid[0]?.length ?? 0);
        selected.catch((error: unknown) => setRowError(errorText(error, language, strings)));
      }
    : undefined;
  const issuesBefore = useRef<number>();
  const { rereadInventory } = inventory;
  const recheck = useCallback(() => {
    issuesBefore.current = parsed?.issues.length ?? 0;
    setCorrecting(false);
    void rereadInventory();
  }, [parsed, rereadInventory]);
  useEffect(() => {
    const root = rootRef.current;
    if (!correcting || !root) return;
    let done = false;
    const back = (): void => {
      if (done) return;
      done = true;
      recheck();
    };
    const onFocusIn = (event: FocusEvent): void => {
      const from = event.relatedTarget;
      if (!(from instanceof Node && root.contains(from))) back();
    };
    // In Excel the pane is its own window (focus); in a page shared with the grid, focusin.
    window.addEventListener('focus', back);
    root.addEventListener('focusin', onFocusIn);
    return () => {
      window.removeEventListener('focus', back);
      root.removeEventListener('focusin', onFocusIn);
    };
  }, [correcting, recheck]);
  useEffect(() => {
    if (issuesBefore.current === undefined || inventory.status === 'reading') return;
    const before = issuesBefore.current;
    issuesBefore.current = undefined;
    if (inventory.status === 'done' && parsed) {
      setMessage({ intent: 'info', text: strings.rereadDone({ now: parsed.issues.length, before }) });
    }
  }, [inventory.status, parsed, strings]);

  const reasons: string[] = [];
  if (inventory.status === 'reading') reasons.push(strings.reasonReading);
  else if (ambito.plan) {
    // A merged plan does not need the inventory of the first step.
  } else if (!read) reasons.push(strings.reasonNoInventory);
  else if (parsed?.fatal) reasons.push(strings.reasonFatal);
  if (!params.params) reasons.push(strings.reasonInvalidParams);
  else if (!params.complete) reasons.push(strings.reasonMissing);

  // "Funzioni": examples on the inventory read (or the one chosen), written in the selected cell.
  const [insertError, setInsertError] = useState<string>();
  const chosen = inventory.sources.find((option) => sourceKey(option.source) === inventory.selectedKey);
  const examples = functionExamples({
    inventory: read
      ? rangeReference(read.sheetName, read.address)
      : chosen
        ? rangeReference(chosen.sheetName, chosen.address)
        : undefined,
    year: params.year,
  });
  const onInsertFormula = (example: FunctionExample & { args: string[] }): void => {
    setInsertError(undefined);
    const area = read
      ? {
          sheetName: read.sheetName,
          firstRow: read.headerRow - 1,
          firstColumn: read.firstColumn,
          rowCount: read.grid.length,
          columnCount: read.grid[0]?.length ?? 0,
        }
      : undefined;
    adapter.insertFormula(formulaInvariant(example.name, example.args), area).then(
      ({ address }) =>
        setMessage({
          intent: 'success',
          text: strings.functionInserted({ formula: formulaText(example.name, example.args, language), address }),
        }),
      (error: unknown) => setInsertError(errorText(error, language, strings)),
    );
  };

  // The first field in error, in the order of the pane (a closed step's fields included).
  const goToFirstError = (): void => {
    const invalid = rootRef.current?.querySelector('[aria-invalid="true"], [data-problem="true"]') ?? null;
    const key = fieldKeyOf(invalid);
    if (key) focus.request(key);
  };
  const hasFieldError = (read !== undefined && parsed?.fatal === true) || !params.complete;

  const inventorySummary =
    read && parsed
      ? strings.inventorySummary({
          rows: Math.max(0, read.grid.length - 1),
          source: sourceLabel(inventory.readSource, read.address),
          columns: Object.keys(parsed.columns).length,
          problems: parsed.issues.length,
        })
      : strings.inventoryNotRead;

  return (
    <main className={styles.root} ref={rootRef}>
      <header className={styles.header}>
        <div className={styles.titleRow}>
          <Subtitle2 as="h1">{strings.appTitle}</Subtitle2>
          <Link href={strings.helpUrl} target="_blank" rel="noopener">
            {strings.helpLink}
          </Link>
        </div>
        <Caption1 className={styles.subtitle}>{strings.appSubtitle}</Caption1>
      </header>
      <LiveRegion role="alert">
        {focus.reason && (
          <Notice
            intent="warning"
            title={strings.focusReasonTitle}
            action={
              <Button
                appearance="transparent"
                icon={<DismissIcon />}
                aria-label={strings.dismiss}
                title={strings.dismiss}
                onClick={focus.dismissReason}
              />
            }
          >
            {focus.reason}
          </Notice>
        )}
      </LiveRegion>

      <div className={styles.steps}>
        <Step
          id="inventory"
          title={strings.sourceHeading}
          open={open.inventory}
          onToggle={() => toggle('inventory')}
          summary={inventorySummary}
          attention={parsed?.fatal}
        >
          <SourcePicker
            inventory={inventory}
            onRead={onRead}
            strings={strings}
            language={language}
            highlighted={focus.highlighted}
            onEdited={onEdited}
          />
          {!ambitoShown && (
            <Caption1>
              {strings.ambitoInvite}{' '}
              <Link as="button" inline onClick={showAmbito}>
                {strings.ambitoLink}
              </Link>
            </Caption1>
          )}
          {parsed && !parsed.fatal && (
            <IssueList
              issues={parsed.issues}
              onGoTo={onGoTo}
              onRecheck={recheck}
              correcting={correcting}
              strings={strings}
              language={language}
            />
          )}
          {rowError && (
            <Notice intent="error" title={strings.goToRowFailed}>
              {rowError}
            </Notice>
          )}
          {read && parsed && (
            <ColumnMapping
              read={read}
              inventory={parsed}
              mapping={inventory.mapping}
              onMap={inventory.mapColumn}
              strings={strings}
              language={language}
              highlighted={focus.highlighted}
              onEdited={onEdited}
            />
          )}
        </Step>

        <Step
          id="params"
          title={strings.paramsHeading}
          open={open.params}
          onToggle={() => toggle('params')}
          summary={strings.paramsSummary({
            year: params.year,
            ambito: params.form.texts.ambito.trim(),
            owners: Object.keys(params.form.enti).length,
            problems: params.problems.length + params.missing.length,
          })}
          attention={!params.complete}
        >
          <ParamsForm
            state={params}
            owners={owners}
            defaultYear={defaultYear}
            strings={strings}
            language={language}
            highlighted={focus.highlighted}
            onEdited={onEdited}
            onPresetApplied={(text) => setMessage({ intent: 'info', text })}
            footer={
              <>
                <div className={sectionStyles.actions}>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      if (params.complete) setOpen((previous) => ({ ...previous, params: false }));
                      else goToFirstError();
                    }}
                  >
                    {strings.paramsDone}
                  </Button>
                  <Button
                    disabledFocusable={!params.params || saveStatus.kind === 'busy'}
                    onClick={() => void onSave()}
                  >
                    {strings.saveButton}
                  </Button>
                </div>
                {saveStatus.kind === 'done' && <Notice intent="success">{strings.saved}</Notice>}
                {saveStatus.kind === 'failed' && (
                  <Notice intent="error" title={strings.saveFailed}>
                    {saveStatus.message}
                  </Notice>
                )}
              </>
            }
          />
        </Step>

        <Step
          id="preview"
          title={strings.previewHeading({ year: params.year })}
          open={open.preview}
          onToggle={() => toggle('preview')}
          summary={
            plan
              ? strings.previewSummary({ units: plan.alloggi, groups: plan.gruppi.length })
              : strings.previewNeedsInventory
          }
        >
          {ambito.plan && (
            <Caption1>
              {ambito.chosen
                ? strings.scenarioPreview({ name: ambito.chosen })
                : strings.mergedPreview({ sources: ambito.result?.sorgenti ?? 1 })}
            </Caption1>
          )}
          {plan ? (
            <PlanPreview plan={plan} strings={strings} language={language} />
          ) : (
            <Caption1>
              {!read
                ? strings.previewNeedsInventory
                : parsed?.fatal
                  ? strings.previewNeedsColumns
                  : strings.previewNeedsParams}
            </Caption1>
          )}
        </Step>

        {ambitoShown && (
          <>
            <Step
              id="communications"
              title={strings.communicationsHeading}
              open={open.communications}
              onToggle={() => toggle('communications')}
              summary={strings.communicationsSummary({
                received: ambito.result?.sorgenti ?? 0,
                missing: ambito.missing.length,
                problems: ambito.result?.problems.length ?? 0,
              })}
            >
              <Communications
                ambito={ambito}
                open={open.communications}
                ready={params.params !== undefined}
                strings={strings}
                language={language}
                onMerged={(text) => {
                  setMessage({ intent: 'success', text });
                  setOpen((previous) => ({ ...previous, preview: true }));
                }}
              />
            </Step>

            <Step
              id="scenarios"
              title={strings.scenariosHeading}
              open={open.scenarios}
              onToggle={() => toggle('scenarios')}
              summary={strings.scenariosSummary({
                count: ambito.comparison ? ambito.comparison.scenari.length - 1 : 0,
                chosen: ambito.chosen,
              })}
            >
              <Scenarios ambito={ambito} strings={strings} language={language} />
            </Step>
          </>
        )}

        <Step
          id="functions"
          title={strings.functionsHeading}
          open={open.functions}
          onToggle={() => toggle('functions')}
          summary={strings.functionsSummary({ count: examples.length })}
        >
          <FunctionsList
            examples={examples}
            onInsert={onInsertFormula}
            error={insertError}
            strings={strings}
            language={language}
          />
        </Step>
      </div>
      <div className={styles.end} />

      <Footer
        reasons={reasons}
        status={createStatus}
        message={message}
        onCreate={() => void onCreate()}
        onGoToFirstError={hasFieldError ? goToFirstError : undefined}
        strings={strings}
      />
    </main>
  );
}
