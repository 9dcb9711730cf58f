import * as React from 'react';
import { Button, Field, ProgressBar, Select, LiveRegion } from '../ui';
import type { SourceOption } from '../../excel/types';
import { errorText } from '../errors';
import { fieldId, SOURCE_FIELD } from '../hooks/useFocusRequest';
import { SELECTION_KEY, sourceKey, type InventoryState } from '../hooks/useInventory';
import { sheetRange, type Language, type Strings } from '../i18n/strings';
import { Notice } from './Notice';
import { useSectionStyles } from './Section';

export interface SourcePickerProps {
  inventory: InventoryState;
  /** Reads the chosen source (the pane closes the step once read). */
  onRead: () => void;
  strings: Strings;
  language: Language;
  highlighted?: string;
  onEdited: (key: string) => void;
}

function optionLabel(option: SourceOption, strings: Strings): string {
  const address = sheetRange(option.sheetName, option.address);
  return option.source.kind === 'table'
    ? strings.sourceTable({ name: option.name, address, rows: option.rowCount })
    : strings.sourceName({ name: option.name, address, rows: option.rowCount });
}

/** Step 1: which table or range holds the inventory, and reading it. */
export function SourcePicker({
  inventory,
  onRead,
  strings,
  language,
  highlighted,
  onEdited,
}: SourcePickerProps): React.ReactElement {
  const styles = useSectionStyles();
  const reading = inventory.status === 'reading';
  const progress = inventory.progress;
  const progressText =
    progress && progress.totalRows > 0
      ? strings.readingProgress({ rowsRead: progress.rowsRead, totalRows: progress.totalRows })
      : strings.readingStarted;
  const known = new Set(inventory.sources.map((option) => sourceKey(option.source)));

  return (
    <>
      <Field
        label={strings.sourceLabel}
        hint={inventory.sourcesStatus === 'loading' ? strings.sourcesLoading : strings.sourceHint}
        className={highlighted === SOURCE_FIELD ? styles.highlight : undefined}
      >
        <Select
          id={fieldId(SOURCE_FIELD)}
          value={inventory.selectedKey}
          disabled={reading}
          onChange={(_, data) => {
            inventory.selectSource(data.value);
            onEdited(SOURCE_FIELD);
          }}
        >
          {inventory.sources.map((option) => (
            <option key={sourceKey(option.source)} value={sourceKey(option.source)}>
              {optionLabel(option, strings)}
            </option>
          ))}
          {inventory.selectedKey !== SELECTION_KEY && !known.has(inventory.selectedKey) && (
            // A saved source shown while the list is loading.
            <option value={inventory.selectedKey}>{inventory.selectedKey.replace(/^[a-z]+:/, '')}</option>
          )}
          <option value={SELECTION_KEY}>{strings.sourceSelection}</option>
        </Select>
      </Field>
      {inventory.sourcesStatus === 'failed' && (
        <Notice intent="warning">
          {strings.sourcesError} {errorText(inventory.sourcesError, language, strings)}
        </Notice>
      )}
      {inventory.sourcesStatus === 'ready' && inventory.sources.length === 0 && (
        <Notice intent="info">{strings.noSources}</Notice>
      )}
      <div className={styles.actions}>
        <Button
          appearance={inventory.read ? 'secondary' : 'primary'}
          onClick={onRead}
          disabled={reading || inventory.sourcesStatus === 'loading'}
        >
          {strings.readButton}
        </Button>
        {reading && <Button onClick={inventory.cancel}>{strings.cancelButton}</Button>}
      </div>
      {reading && (
        <Field label={progressText}>
          <ProgressBar
            value={progress && progress.totalRows > 0 ? progress.rowsRead / progress.totalRows : undefined}
          />
        </Field>
      )}
      <LiveRegion role="alert">
        {inventory.status === 'failed' && (
          <Notice intent="error" title={strings.readFailed}>
            {errorText(inventory.readError, language, strings)}
          </Notice>
        )}
      </LiveRegion>
      {inventory.status === 'cancelled' && (
        <Notice intent="warning" title={strings.readCancelled}>
          {strings.readCancelledBody}
        </Notice>
      )}
    </>
  );
}
