import * as React from 'react';
import { Caption1, makeStyles, tokens } from '../ui';
import type { Plan } from '../../core/plan/plan';
import type { Strings } from '../i18n/strings';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, minWidth: 0 },
  // One line per year: the year, its bar (as long as its share of the largest year), the figure.
  bars: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  track: { display: 'flex', minWidth: 0 },
  bar: {
    height: '10px',
    minWidth: '2px',
    backgroundColor: tokens.colorBrandBackground,
    borderRadius: tokens.borderRadiusSmall,
  },
  value: { fontVariantNumeric: 'tabular-nums', textAlign: 'right' },
});

/**
 * Art. 5 c. 1: the dwellings expected to become available in the plan year and the two
 * following, for the whole Ambito, as three horizontal bars, one line per year, with their figures. Screen readers get the
 * same figures as one sentence.
 */
export function ThreeYearChart({ plan, strings }: { plan: Plan; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const years = plan.totali.triennio;
  const largest = Math.max(1, ...years.map((year) => year.disponibili));
  const alternative = strings.threeYearsAlternative({
    years: years.map((year) => `${year.anno} ${year.disponibili}`).join(', '),
  });
  return (
    <figure className={styles.figure}>
      <figcaption>
        <Caption1>{strings.threeYearsHeading({ first: years[0].anno, last: years[years.length - 1].anno })}</Caption1>
      </figcaption>
      <div role="img" aria-label={alternative} className={styles.bars}>
        {years.map((year) => (
          <React.Fragment key={year.anno}>
            <Caption1 aria-hidden="true" data-year={year.anno}>
              {year.anno}
            </Caption1>
            <span className={styles.track} aria-hidden="true">
              <span className={styles.bar} style={{ width: `${Math.round((100 * year.disponibili) / largest)}%` }} />
            </span>
            <Caption1 aria-hidden="true" className={styles.value}>
              {year.disponibili}
            </Caption1>
          </React.Fragment>
        ))}
      </div>
      <Caption1>{strings.threeYearsHint}</Caption1>
    </figure>
  );
}
