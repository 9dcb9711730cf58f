import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Plan } from '../../core/plan/plan';
import type { Strings } from '../i18n/strings';
import { GroupName } from './GroupName';

/** Room kept after the longest bar for its figure. */
const VALUE_ROOM = '3em';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall },
  groups: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  groupName: { fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200 },
  ente: { fontWeight: tokens.fontWeightSemibold },
  comune: { color: tokens.colorNeutralForeground2 },
  /** A bar and, right after its end, its figure: a zero is a thin tick followed by "0". */
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  bar: { flexShrink: 0, height: '10px', minWidth: '3px', borderRadius: tokens.borderRadiusSmall },
  zero: {
    flexShrink: 0,
    width: '2px',
    height: '14px',
    backgroundColor: tokens.colorNeutralStrokeAccessible,
  },
  value: { fontVariantNumeric: 'tabular-nums' },
  available: { backgroundColor: tokens.colorBrandBackground },
  sat: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  indigenza: { backgroundColor: tokens.colorPaletteTealBackground2 },
});

/**
 * Available dwellings, SAT and the poverty share per owner and comune, as bars: the same groups,
 * in the same order and with the same names, as the preview's cards. Screen readers get the same
 * figures as one sentence (the figure's text alternative).
 */
export function PlanChart({ plan, strings }: { plan: Plan; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const groups = plan.gruppi.map((group) => ({
    key: `${group.ente}\u0000${group.comune}`,
    ente: group.ente,
    comune: group.comune,
    available: group.disponibili,
    sat: group.sat.consentiti,
    indigenza: group.indigenza.quota,
  }));
  const largest = Math.max(1, ...groups.map((group) => Math.max(group.available, group.sat, group.indigenza)));
  const alternative = groups
    .map((group) => strings.chartGroup(group.ente, group.comune, group.available, group.sat, group.indigenza))
    .join('; ');
  const series = [
    { key: 'available' as const, label: strings.chartAvailable, className: styles.available },
    { key: 'sat' as const, label: strings.chartSat, className: styles.sat },
    { key: 'indigenza' as const, label: strings.chartIndigenza, className: styles.indigenza },
  ];

  return (
    <figure className={styles.figure}>
      <figcaption>
        <Caption1>{strings.chartHeading}</Caption1>
      </figcaption>
      <div className={styles.legend} aria-hidden="true">
        {series.map((entry) => (
          <span key={entry.key} className={styles.legendItem}>
            <span className={mergeClasses(styles.swatch, entry.className)} />
            <Caption1>{entry.label}</Caption1>
          </span>
        ))}
      </div>
      <div role="img" aria-label={alternative} className={styles.groups}>
        {groups.map((group) => (
          <div key={group.key} className={styles.group} aria-hidden="true">
            <div className={styles.groupName}>
              <GroupName
                ente={group.ente}
                comune={group.comune}
                enteClassName={styles.ente}
                comuneClassName={styles.comune}
              />
            </div>
            {series.map((entry) => {
              const value = group[entry.key];
              return (
                <div key={entry.key} className={styles.row} data-series={entry.key}>
                  {value === 0 ? (
                    <span className={styles.zero} data-zero="true" />
                  ) : (
                    <span
                      className={mergeClasses(styles.bar, entry.className)}
                      style={{ width: `calc((100% - ${VALUE_ROOM}) * ${value / largest})` }}
                    />
                  )}
                  <Caption1 className={styles.value}>{value}</Caption1>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </figure>
  );
}
