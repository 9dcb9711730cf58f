import * as React from 'react';
import { Caption1, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Plan } from '../../core/plan/plan';
import type { Strings } from '../i18n/strings';

const useStyles = makeStyles({
  figure: { margin: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  legend: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '12px', height: '12px', borderRadius: tokens.borderRadiusSmall },
  owners: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  owner: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  ownerName: { overflowWrap: 'anywhere' },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  track: { flexGrow: 1, minWidth: 0 },
  bar: { height: '10px', borderRadius: tokens.borderRadiusSmall },
  value: { minWidth: '2.5em', textAlign: 'end', fontVariantNumeric: 'tabular-nums' },
  available: { backgroundColor: tokens.colorBrandBackground },
  sat: { backgroundColor: tokens.colorPaletteMarigoldBackground3 },
  indigenza: { backgroundColor: tokens.colorPaletteTealBackground2 },
});

interface OwnerTotals {
  owner: string;
  available: number;
  sat: number;
  indigenza: number;
}

/** The groups of the plan summed per owner, in the plan's order. */
export function totalsByOwner(plan: Plan): OwnerTotals[] {
  const byOwner = new Map<string, OwnerTotals>();
  for (const group of plan.gruppi) {
    const totals = byOwner.get(group.ente) ?? { owner: group.ente, available: 0, sat: 0, indigenza: 0 };
    totals.available += group.disponibili;
    totals.sat += group.sat.consentiti;
    totals.indigenza += group.indigenza.quota;
    byOwner.set(group.ente, totals);
  }
  return [...byOwner.values()];
}

/**
 * Available dwellings, SAT and the poverty share per owner, as bars. Screen readers get the
 * same figures as one sentence (the figure's text alternative).
 */
export function PlanChart({ plan, strings }: { plan: Plan; strings: Strings }): React.ReactElement {
  const styles = useStyles();
  const owners = totalsByOwner(plan);
  const largest = Math.max(1, ...owners.map((owner) => owner.available));
  const alternative = owners
    .map((owner) => strings.chartOwner(owner.owner, owner.available, owner.sat, owner.indigenza))
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
      <div role="img" aria-label={alternative} className={styles.owners}>
        {owners.map((owner) => (
          <div key={owner.owner} className={styles.owner} aria-hidden="true">
            <Caption1 className={styles.ownerName}>{owner.owner}</Caption1>
            {series.map((entry) => (
              <div key={entry.key} className={styles.row}>
                <div className={styles.track}>
                  <div
                    className={mergeClasses(styles.bar, entry.className)}
                    style={{ width: `${(owner[entry.key] / largest) * 100}%` }}
                  />
                </div>
                <Caption1 className={styles.value}>{owner[entry.key]}</Caption1>
              </div>
            ))}
          </div>
        ))}
      </div>
    </figure>
  );
}
