import * as React from 'react';
import { Caption1, createFocusOutlineStyle, makeStyles, mergeClasses, tokens, useId } from '../ui';

/** The steps of the pane, in order. */
export type StepId = 'inventory' | 'params' | 'preview' | 'functions' | 'communications' | 'scenarios';

const useStyles = makeStyles({
  step: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  toggle: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    boxSizing: 'border-box',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    font: 'inherit',
    textAlign: 'start',
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':active': { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ...createFocusOutlineStyle(),
  },
  chevron: {
    flexShrink: 0,
    marginTop: '3px',
    color: tokens.colorNeutralForeground2,
    transitionProperty: 'transform',
    transitionDuration: tokens.durationFaster,
  },
  chevronOpen: { transform: 'rotate(90deg)' },
  /** Under the title, aligned with it (past the chevron). */
  summaryLine: {
    padding: `0 ${tokens.spacingHorizontalXS} ${tokens.spacingVerticalS} calc(12px + ${tokens.spacingHorizontalS} + ${tokens.spacingHorizontalXS})`,
    marginTop: `calc(-1 * ${tokens.spacingVerticalXS})`,
    cursor: 'pointer',
  },
  title: {
    flex: 1,
    minWidth: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  summary: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  attention: { color: tokens.colorPaletteRedForeground1 },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalL}`,
  },
  /** `hidden` alone would lose to the body's display: flex. */
  closed: { display: 'none' },
});

export interface StepProps {
  id: StepId;
  title: string;
  open: boolean;
  onToggle: () => void;
  /** One line that says what the step holds, shown while it is closed. */
  summary?: string;
  /** The summary asks for attention (something in the step must be fixed). */
  attention?: boolean;
  children?: React.ReactNode;
}

/**
 * A step of the pane that closes to one line once done and reopens on click. The heading is a
 * button (aria-expanded) named by the step's title; the line is its description. A closed step
 * keeps its content in the page, hidden, so that what was typed there is not lost.
 */
export function Step({ id, title, open, onToggle, summary, attention, children }: StepProps): React.ReactElement {
  const styles = useStyles();
  const titleId = useId('step-title-');
  const summaryId = useId('step-summary-');
  const bodyId = useId('step-body-');
  const showSummary = !open && summary !== undefined;
  return (
    <section className={styles.step} aria-labelledby={titleId} data-step={id}>
      <h2 className={styles.heading}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={open}
          aria-controls={bodyId}
          aria-describedby={showSummary ? summaryId : undefined}
          onClick={onToggle}
        >
          <svg
            className={mergeClasses(styles.chevron, open && styles.chevronOpen)}
            width="12"
            height="12"
            viewBox="0 0 12 12"
            aria-hidden="true"
            focusable="false"
          >
            <path d="M4 2l4 4-4 4" stroke="currentColor" strokeWidth="1.5" fill="none" strokeLinecap="round" />
          </svg>
          <span id={titleId} className={styles.title}>
            {title}
          </span>
        </button>
      </h2>
      {showSummary && (
        // The line belongs to the button above (its description, for keyboards and screen
        // readers); a click on it opens the step too.
        <div className={styles.summaryLine} onClick={onToggle}>
          <Caption1 id={summaryId} className={mergeClasses(styles.summary, attention && styles.attention)}>
            {summary}
          </Caption1>
        </div>
      )}
      <div id={bodyId} className={mergeClasses(styles.body, !open && styles.closed)} hidden={!open}>
        {children}
      </div>
    </section>
  );
}
