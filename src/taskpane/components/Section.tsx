import * as React from 'react';
import { Body1, Subtitle2, makeStyles, tokens, useId } from '../ui';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
});

export interface SectionProps {
  title: string;
  /** Shown right of the title (a count badge, a menu). */
  aside?: React.ReactNode;
  /** The heading's level: 2 for a part of the pane, 3 for a part of a step (default). */
  level?: 2 | 3;
  children?: React.ReactNode;
}

/** A titled part of the pane, announced as a region by its title. */
export function Section({ title, aside, level = 3, children }: SectionProps): React.ReactElement {
  const styles = useSectionStyles();
  const own = useStyles();
  const headingId = useId('section-');
  return (
    <section className={own.section} aria-labelledby={headingId}>
      <div className={styles.header}>
        {level === 2 ? (
          <Subtitle2 as="h2" id={headingId}>
            {title}
          </Subtitle2>
        ) : (
          <Body1 as="h3" id={headingId} className={styles.subheading}>
            {title}
          </Body1>
        )}
        {aside}
      </div>
      {children}
    </section>
  );
}

export const useSectionStyles = makeStyles({
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  /** A row of controls that wraps on a narrow pane. */
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  /** The field the ribbon (or "Vai al primo errore") asked for: an outline, so that the field's
   * own colours, and their contrast, stay as they are in both themes. */
  highlight: {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
    outlineOffset: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  /** A heading inside a section. */
  subheading: { margin: 0, fontWeight: tokens.fontWeightSemibold },
});
