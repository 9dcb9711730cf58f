import * as React from 'react';
import { useCallback, useMemo, useState } from 'react';
import { Button, Caption1, Divider, Subtitle1, makeStyles, tokens } from '@fluentui/react-components';
import type { ExcelAdapter } from '../../excel/types';
import { planSheetLayout } from '../../core/pipeline';
import { errorText } from '../errors';
import { loadSavedSettings } from '../hooks/settings';
import { useFocusRequest } from '../hooks/useFocusRequest';
import { useInventory } from '../hooks/useInventory';
import { useParams } from '../hooks/useParams';
import { usePlan } from '../hooks/usePlan';
import { stringsFor, type Language } from '../i18n/strings';
import { ColumnMapping } from './ColumnMapping';
import { CreatePlan, type CreateStatus } from './CreatePlan';
import { DismissIcon } from './icons';
import { IssueList } from './IssueList';
import { Notice } from './Notice';
import { ParamsForm } from './ParamsForm';
import { PlanPreview } from './PlanPreview';
import { useSectionStyles } from './Section';
import { SourcePicker } from './SourcePicker';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXL,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
    // On a 320 px pane, a select sized by its longest option (a table's full description)
    // would push the pane sideways: controls take the width they are given instead.
    '& .fui-Field': { minWidth: 0 },
    '& .fui-Select': { minWidth: 0, maxWidth: '100%' },
    '& .fui-Select__select': { minWidth: 0, width: '100%', textOverflow: 'ellipsis' },
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
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
  const [initialRequest] = useState(() =>
    initialFocus === undefined ? undefined : { field: initialFocus, reason: initialFocusReason },
  );
  const focus = useFocusRequest(initialRequest, inventory.read !== undefined);

  const [createStatus, setCreateStatus] = useState<CreateStatus>({ kind: 'idle' });
  const [saveStatus, setSaveStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [rowError, setRowError] = useState<string>();

  const owners = useMemo(() => {
    const names = new Set((parsed?.units ?? []).map((unit) => unit.owner.trim()));
    return [...names].sort((a, b) => a.localeCompare(b, 'it', { sensitivity: 'base' }));
  }, [parsed]);

  const settingsInventory = { source: inventory.readSource ?? inventory.selectedSource, mapping: inventory.mapping };
  const { save } = params;
  const read = inventory.read;

  const { clearHighlight } = focus;
  const onEdited = useCallback(
    (key: string) => {
      clearHighlight(key);
      // A message about the previous values would mislead once they change.
      setCreateStatus((status) => (status.kind === 'busy' ? status : { kind: 'idle' }));
      setSaveStatus((status) => (status.kind === 'busy' ? status : { kind: 'idle' }));
    },
    [clearHighlight],
  );

  const onSave = async (): Promise<void> => {
    setSaveStatus({ kind: 'busy' });
    try {
      await save(settingsInventory);
      setSaveStatus({ kind: 'done' });
    } catch (error) {
      setSaveStatus({ kind: 'failed', message: errorText(error, language, strings) });
    }
  };

  const onCreate = async (): Promise<void> => {
    if (!outcome || !params.params || createStatus.kind === 'busy') return;
    setCreateStatus({ kind: 'busy' });
    let warning: string | undefined;
    try {
      await save(settingsInventory);
    } catch (error) {
      warning = errorText(error, language, strings);
    }
    try {
      const layout = planSheetLayout(outcome, { language, generatedAt: now() });
      const result = await adapter.writePlanSheet(layout);
      setCreateStatus({ kind: 'done', sheetName: result.sheetName, warning });
    } catch (error) {
      setCreateStatus({ kind: 'failed', message: errorText(error, language, strings) });
    }
  };

  const onGoToRow = read
    ? (row: number): void => {
        setRowError(undefined);
        adapter
          .selectRow(read.sheetName, row, read.firstColumn, read.grid[0]?.length ?? 0)
          .catch((error: unknown) => setRowError(errorText(error, language, strings)));
      }
    : undefined;

  const reasons: string[] = [];
  if (inventory.status === 'reading') reasons.push(strings.reasonReading);
  else if (!read) reasons.push(strings.reasonNoInventory);
  else if (parsed?.fatal) reasons.push(strings.reasonFatal);
  if (!params.params) reasons.push(strings.reasonInvalidParams);

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1">{strings.appTitle}</Subtitle1>
        <Caption1>{strings.appSubtitle}</Caption1>
      </header>
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

      <SourcePicker
        inventory={inventory}
        strings={strings}
        language={language}
        highlighted={focus.highlighted}
        onEdited={onEdited}
      />
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
      {parsed && !parsed.fatal && (
        <IssueList issues={parsed.issues} onGoToRow={onGoToRow} strings={strings} language={language} />
      )}
      {rowError && (
        <Notice intent="error" title={strings.goToRowFailed}>
          {rowError}
        </Notice>
      )}

      <Divider />
      <ParamsForm
        state={params}
        owners={owners}
        defaultYear={defaultYear}
        strings={strings}
        language={language}
        highlighted={focus.highlighted}
        onEdited={onEdited}
        footer={
          <>
            <div className={sectionStyles.actions}>
              <Button disabledFocusable={!params.params || saveStatus.kind === 'busy'} onClick={() => void onSave()}>
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

      <Divider />
      {outcome ? (
        <PlanPreview plan={outcome.plan} strings={strings} language={language} />
      ) : (
        <Caption1>
          {!read ? strings.previewNeedsInventory : parsed?.fatal ? strings.reasonFatal : strings.previewNeedsParams}
        </Caption1>
      )}

      <CreatePlan reasons={reasons} status={createStatus} onCreate={() => void onCreate()} strings={strings} />
    </main>
  );
}
