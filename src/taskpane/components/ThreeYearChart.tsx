import * as React from 'react';
import { Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { Plan } from '../../core/plan/plan';
import type { Strings } from '../i18n/strings';

/** The tallest bar, in pixels. */
const BAR_HEIGHT = 48;

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // Room for the tallest bar (BAR_HEIGHT) with its figure above and its year below.
  bars: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalM,
    paddingTop: tokens.spacingVerticalXS,
  },
  column: {
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'flex-end',
    alignItems: 'center',
    gap: tokens.spacingVerticalXXS,
    flex: 1,
    minHeight: `${BAR_HEIGHT + 40}px`,
  },
  bar: {
    width: '100%',
    maxWidth: '48px',
    minHeight: '2px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: `${tokens.borderRadiusSmall} ${tokens.borderRadiusSmall} 0 0`,
  },
  value: { fontVariantNumeric: 'tabular-nums' },
});

/**
 * Art. 5 c. 1: the dwellings expected to become available in the plan year and the two
 * following, for the whole Ambito, as three bars with their figures. Screen readers get the
 * same figures as one sentence.
 */
export function ThreeYearChart({ plan, strings }: { plan: Plan; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const years = plan.totali.triennio;
  const largest = Math.max(1, ...years.map((year) => year.disponibili));
  const alternative = strings.threeYearsAlternative(years.map((year) => `${year.anno} ${year.disponibili}`).join(', '));
  return (
    <figure className={styles.figure}>
      <figcaption>
        <Caption1>{strings.threeYearsHeading(years[0].anno, years[years.length - 1].anno)}</Caption1>
      </figcaption>
      <div role="img" aria-label={alternative} className={styles.bars}>
        {years.map((year) => (
          <div key={year.anno} className={styles.column} aria-hidden="true" data-year={year.anno}>
            <Caption1 className={styles.value}>{year.disponibili}</Caption1>
            <span
              className={styles.bar}
              style={{ height: `${Math.round((BAR_HEIGHT * year.disponibili) / largest)}px` }}
            />
            <Caption1>{year.anno}</Caption1>
          </div>
        ))}
      </div>
      <Caption1>{strings.threeYearsHint}</Caption1>
    </figure>
  );
}
