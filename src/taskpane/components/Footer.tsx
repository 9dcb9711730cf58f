import * as React from 'react';
import { Button, Caption1, Link, Spinner, makeStyles, mergeClasses, tokens, useId, LiveRegion } from '../ui';
import type { Strings } from '../i18n/strings';
import { Notice } from './Notice';

export type CreateStatus = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; message: string };

/** The last outcome the pane reports (reading, creating, the ribbon, a formula put in a cell). */
export interface PaneMessage {
  intent: 'success' | 'info' | 'warning';
  text: string;
  /** A message about the plan just created: it no longer holds once a value changes. */
  aboutCreation?: boolean;
}

const useStyles = makeStyles({
  footer: {
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
  },
  row: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalM, minWidth: 0 },
  button: { flexShrink: 0 },
  texts: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0, flex: 1 },
  message: { overflowWrap: 'anywhere' },
  success: { color: tokens.colorPaletteGreenForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  reason: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
});

export interface FooterProps {
  /** Why the plan cannot be created yet; empty when it can. */
  reasons: string[];
  status: CreateStatus;
  message?: PaneMessage;
  onCreate: () => void;
  /** Takes the user to the first field to fix; absent when nothing in the pane is wrong. */
  onGoToFirstError?: () => void;
  strings: Strings;
}

/**
 * The pane's footer, always in view: "Crea piano", why it is not available yet and the way to
 * the first thing to fix, and the outcome of the last action in a live region (role="status"),
 * so that a screen reader says what happened after reading or creating.
 */
export function Footer({
  reasons,
  status,
  message,
  onCreate,
  onGoToFirstError,
  strings,
}: FooterProps): React.ReactElement {
  const styles = useStyles();
  const reasonId = useId('create-reason-');
  const busy = status.kind === 'busy';
  const blocked = reasons.length > 0;
  return (
    <div className={styles.footer} data-testid="pane-footer">
      <div className={styles.row}>
        <Button
          className={styles.button}
          appearance="primary"
          disabledFocusable={blocked || busy}
          aria-describedby={blocked ? reasonId : undefined}
          icon={busy ? <Spinner size="tiny" /> : undefined}
          onClick={onCreate}
        >
          {strings.createButton}
        </Button>
        <div className={styles.texts}>
          <LiveRegion role="status">
            {busy ? (
              <Caption1 className={styles.message}>{strings.creating}</Caption1>
            ) : (
              message && (
                <Caption1
                  className={mergeClasses(
                    styles.message,
                    message.intent === 'success' && styles.success,
                    message.intent === 'warning' && styles.warning,
                  )}
                >
                  {message.text}
                </Caption1>
              )
            )}
          </LiveRegion>
          {blocked && (
            <Caption1 id={reasonId} className={styles.reason}>
              {strings.createNeeds({ reasons })}
            </Caption1>
          )}
          {blocked && onGoToFirstError && (
            <Link as="button" inline={false} onClick={onGoToFirstError}>
              {strings.goToFirstError}
            </Link>
          )}
        </div>
      </div>
      <LiveRegion role="alert">
        {status.kind === 'failed' && (
          <Notice intent="error" title={strings.createFailed}>
            {status.message}
          </Notice>
        )}
      </LiveRegion>
    </div>
  );
}
