import * as React from 'react';
import { useEffect, useRef, useState } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  Spinner,
  Textarea,
  makeStyles,
  tokens,
  useId,
} from '../ui';
import { formatDate } from '../../core/inventory/values';
import { sentenceText } from '../../core/messages';
import { errorText } from '../errors';
import { canGoTo, type AmbitoState } from '../hooks/useAmbito';
import type { Language, Strings } from '../i18n/strings';
import { downloadWorkbook } from '../workbookFile';
import { Notice } from './Notice';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  part: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  missing: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  late: { color: tokens.colorPaletteDarkOrangeForeground1 },
  problems: { maxHeight: '16em', overflowY: 'auto' },
  hidden: { display: 'none' },
});

export interface CommunicationsProps {
  ambito: AmbitoState;
  /** The step is open: the workbook's sheets are looked at then, not while the pane starts. */
  open: boolean;
  /** False while the parameters are not valid (the plan year is needed). */
  ready: boolean;
  strings: Strings;
  language: Language;
  /** Reports what the merge did (the pane's live footer). */
  onMerged?: (text: string) => void;
}

/**
 * Step 4: the owners' communications. Prepare an owner's workbook (opened in Excel, or downloaded),
 * import the workbooks that come back (their sheets added to this workbook), choose the sources,
 * merge them into the plan; who is missing, who is late, the conflicts found.
 */
export function Communications({
  ambito,
  open,
  ready,
  strings,
  language,
  onMerged,
}: CommunicationsProps): React.ReactElement {
  const styles = useStyles();
  const section = useSectionStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const ownersListId = useId('owners-');
  const [owner, setOwner] = useState('');
  /** The last preparation was of the missing owners (shown under the owners' list). */
  const [preparingMissing, setPreparingMissing] = useState(false);
  /** Why the cell of a problem could not be selected. */
  const [goToError, setGoToError] = useState<string>();
  const { findSheets } = ambito;

  useEffect(() => {
    if (open) void findSheets().catch(() => undefined);
  }, [open, findSheets]);

  const { mergeStatus, result } = ambito;
  const onMerge = async (): Promise<void> => {
    const merged = await ambito.merge();
    if (!merged) return;
    const owners = merged.enti.filter((entry) => entry.stato !== 'mancante').length;
    onMerged?.(strings.mergeDone({ owners, dwellings: merged.tally.count }));
  };

  const busy = (status: { kind: string }): boolean => status.kind === 'busy';
  const problems = result?.problems ?? [];

  // What the last preparation made, under the button that asked for it.
  const preparedList = (
    <>
      {ambito.prepared.length > 0 && (
        <ul className={styles.list} aria-label={strings.prepareHeading}>
          {ambito.prepared.map((made) => (
            <li key={made.file.fileName}>
              <span>
                {made.opened
                  ? strings.preparedOpened({ file: made.file.fileName, dwellings: made.alloggi })
                  : strings.preparedReady({ file: made.file.fileName, dwellings: made.alloggi })}
              </span>{' '}
              <Link as="button" onClick={() => downloadWorkbook(made.file)}>
                {strings.downloadLink({ file: made.file.fileName })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {ambito.prepareStatus.kind === 'failed' && (
        <Notice intent="error" title={strings.prepareFailed}>
          {errorText(ambito.prepareStatus.error, language, strings)}
        </Notice>
      )}
    </>
  );

  return (
    <>
      <Caption1>{strings.communicationsIntro}</Caption1>

      <section className={styles.part} aria-label={strings.prepareHeading}>
        <Body1 as="h3" className={section.subheading}>
          {strings.prepareHeading}
        </Body1>
        <Field label={strings.prepareOwnerLabel} hint={strings.prepareOwnerHint}>
          <Input value={owner} onChange={(_, data) => setOwner(data.value)} list={ownersListId} />
        </Field>
        <datalist id={ownersListId}>
          {ambito.owners.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <div className={section.actions}>
          <Button
            disabledFocusable={!ready || owner.trim() === '' || busy(ambito.prepareStatus)}
            onClick={() => {
              setPreparingMissing(false);
              void ambito.prepare([owner.trim()]);
            }}
          >
            {strings.prepareButton}
          </Button>
          {!preparingMissing && busy(ambito.prepareStatus) && <Spinner size="tiny" label={strings.busy} />}
        </div>
        {!ready && <Caption1>{strings.prepareNeedsParams}</Caption1>}
        {!preparingMissing && preparedList}
      </section>

      <section className={styles.part} aria-label={strings.importHeading}>
        <Body1 as="h3" className={section.subheading}>
          {strings.importHeading}
        </Body1>
        {ambito.canImport ? (
          <>
            <Caption1>{strings.importHint}</Caption1>
            <input
              ref={fileInput}
              className={styles.hidden}
              type="file"
              accept=".xlsx,.xlsm"
              multiple
              aria-label={strings.importButton}
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = '';
                if (files.length > 0) void ambito.importFiles(files);
              }}
            />
            <div className={section.actions}>
              <Button disabledFocusable={busy(ambito.importStatus)} onClick={() => fileInput.current?.click()}>
                {strings.importButton}
              </Button>
              {busy(ambito.importStatus) && <Spinner size="tiny" label={strings.busy} />}
            </div>
          </>
        ) : (
          <Notice intent="warning">{strings.importUnavailable}</Notice>
        )}
        {ambito.importStatus.kind === 'done' && (
          <Notice intent="success">
            {strings.importDone({
              files: ambito.lastImported.length,
              sheets: ambito.lastImported.reduce((sum, file) => sum + file.sheets.length, 0),
            })}
          </Notice>
        )}
        {ambito.importStatus.kind === 'failed' && (
          <Notice intent="error" title={strings.importFailed}>
            {errorText(ambito.importStatus.error, language, strings)}
          </Notice>
        )}
      </section>

      <section className={styles.part} aria-label={strings.sourcesHeading}>
        <Body1 as="h3" className={section.subheading}>
          {strings.sourcesHeading}
        </Body1>
        <Caption1>{strings.sourcesHint}</Caption1>
        {ambito.sources.length === 0 ? (
          <Caption1>{strings.noSourcesYet}</Caption1>
        ) : (
          <div role="group" aria-label={strings.sourcesHeading}>
            {ambito.sources.map((source) => (
              <Checkbox
                key={source.key}
                checked={ambito.selected.has(source.key)}
                onChange={() => ambito.toggleSource(source.key)}
                label={
                  source.kind === 'inventory'
                    ? strings.sourceInventory({ label: source.label })
                    : source.kind === 'communication'
                      ? strings.sourceCommunication({ file: source.label, sheetNames: source.sheets })
                      : strings.sourceSheet({ name: source.label })
                }
              />
            ))}
          </div>
        )}
        {ambito.imported.length > 0 &&
          ambito.sources.some((source) => source.kind === 'inventory' && !ambito.selected.has(source.key)) && (
            <Caption1>{strings.inventoryUnticked}</Caption1>
          )}
        <div className={section.actions}>
          <Button appearance="subtle" onClick={() => void findSheets()}>
            {strings.findSheets}
          </Button>
        </div>
        <Field label={strings.entiLabel} hint={strings.entiHint}>
          <Textarea value={ambito.entiText} onChange={(_, data) => ambito.setEntiText(data.value)} resize="vertical" />
        </Field>
        <div className={section.actions}>
          <Button
            appearance="primary"
            disabledFocusable={!ready || ambito.selected.size === 0 || busy(mergeStatus)}
            onClick={() => void onMerge()}
          >
            {strings.mergeButton}
          </Button>
          {busy(mergeStatus) && <Spinner size="tiny" label={strings.busy} />}
        </div>
        {mergeStatus.kind === 'failed' && (
          <Notice intent="error" title={strings.mergeFailed}>
            {errorText(mergeStatus.error, language, strings)}
          </Notice>
        )}
      </section>

      {result && (
        <section className={styles.part} aria-label={strings.ownersHeading}>
          <Body1 as="h3" className={section.subheading}>
            {strings.ownersHeading}
          </Body1>
          <ul className={styles.list} aria-label={strings.ownersHeading}>
            {result.enti.map((entry) => (
              <li key={entry.ente}>
                <span
                  className={
                    entry.stato === 'mancante' ? styles.missing : entry.stato === 'in-ritardo' ? styles.late : undefined
                  }
                >
                  {entry.ente}: {strings.ownerStatus[entry.stato]}
                  {entry.dataComunicazione ? ` (${formatDate(entry.dataComunicazione)})` : ''}
                </span>
                {entry.stato !== 'mancante' && (
                  <Caption1>
                    {' '}
                    -{' '}
                    {strings.ownerDetail({
                      dwellings: entry.alloggi,
                      // A file named after its owner says nothing more: only other files are named.
                      fileNames: entry.fonti.filter((file) => !file.toLowerCase().includes(entry.ente.toLowerCase())),
                    })}
                  </Caption1>
                )}
              </li>
            ))}
          </ul>
          {ambito.missing.length > 0 && (
            <div className={section.actions}>
              <Button
                disabledFocusable={!ready || busy(ambito.prepareStatus)}
                onClick={() => {
                  setPreparingMissing(true);
                  void ambito.prepare(ambito.missing);
                }}
              >
                {strings.prepareMissingButton({ count: ambito.missing.length })}
              </Button>
              {preparingMissing && busy(ambito.prepareStatus) && <Spinner size="tiny" label={strings.busy} />}
            </div>
          )}
          {preparingMissing && preparedList}
          {problems.length > 0 && (
            <>
              <Body1 as="h3" className={section.subheading}>
                {strings.mergeProblemsHeading({ count: problems.length })}
              </Body1>
              <ul
                className={`${styles.list} ${styles.problems}`}
                aria-label={strings.mergeProblemsHeading({ count: problems.length })}
              >
                {problems.map((problem, index) => (
                  <li key={index} data-severity={problem.severity}>
                    {sentenceText(problem, language)}
                    {canGoTo(problem) && (
                      <>
                        {' '}
                        <Link
                          as="button"
                          inline
                          onClick={() => {
                            setGoToError(undefined);
                            ambito
                              .goTo(problem)
                              .catch((error: unknown) => setGoToError(errorText(error, language, strings)));
                          }}
                        >
                          {problem.cell
                            ? strings.goToCell({ cell: problem.cell })
                            : strings.goToRow({ row: problem.row })}
                        </Link>
                      </>
                    )}
                  </li>
                ))}
              </ul>
              {goToError && (
                <Notice intent="error" title={strings.goToRowFailed}>
                  {goToError}
                </Notice>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
