import * as React from 'react';
import { useState } from 'react';
import { Body1, Caption1, Link, makeStyles, mergeClasses, tokens, useId } from '../ui';
import { ownerKey } from '../../core/plan/params';
import type { Plan, PlanGroup } from '../../core/plan/plan';
import type { SplitQuotaKey } from '../../core/quota';
import { groupBreakdown, isOwnValue, totalBreakdown, type Breakdown } from '../breakdown';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { sentenceText } from '../../core/messages';
import { GroupName } from './GroupName';
import { ThreeYearChart } from './ThreeYearChart';

const useStyles = makeStyles({
  cards: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  totalCard: {
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  heading: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: 'anywhere',
  },
  comune: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  /** Two columns: what the figure is (wraps), the figure. */
  figures: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  label: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`,
    verticalAlign: 'baseline',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  /** A quota inside the dwellings per avviso: indented under them. */
  part: { paddingInlineStart: tokens.spacingHorizontalL },
  value: {
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    padding: `${tokens.spacingVerticalXXS} 0`,
    verticalAlign: 'baseline',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  capped: { color: tokens.colorPaletteDarkOrangeForeground1 },
  /** The available dwellings as one bar, cut into SAT, the quotas and the ordinary ranking. */
  bar: {
    display: 'flex',
    height: '10px',
    borderRadius: tokens.borderRadiusSmall,
    overflow: 'hidden',
    backgroundColor: tokens.colorNeutralBackground5,
  },
  segment: { height: '100%', minWidth: '2px', boxSizing: 'border-box' },
  segmentGap: { borderRight: `1px solid ${tokens.colorNeutralBackground1}` },
  legend: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
  },
  legendItem: { display: 'inline-flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  swatch: { display: 'inline-block', width: '10px', height: '10px', borderRadius: tokens.borderRadiusSmall },
  // Saturated colours that stay distinct on a light and on a dark background.
  sat: { backgroundColor: tokens.colorPaletteMarigoldBorderActive },
  indigenza: { backgroundColor: tokens.colorPaletteTealBorderActive },
  forzePolizia: { backgroundColor: tokens.colorPaletteBlueBorderActive },
  poliziaLocale: { backgroundColor: tokens.colorPalettePurpleBorderActive },
  categoria: { backgroundColor: tokens.colorPaletteBerryBorderActive },
  ordinari: { backgroundColor: tokens.colorNeutralStrokeAccessible },
  explain: { color: tokens.colorNeutralForeground2 },
  notes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export interface PlanPreviewProps {
  plan: Plan;
  strings: Strings;
  language: Language;
}

interface Figure {
  key: string;
  label: string;
  value: string;
  /** A quota inside the dwellings per avviso. */
  part?: boolean;
  /** The SAT request was lowered by the cap. */
  capped?: boolean;
}

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "Comune di Cremona" in Cremona: the comune goes without saying (the heading's name still has it). */
const comuneImplied = (group: PlanGroup): boolean => ownerKey(group.ente) === ownerKey(`Comune di ${group.comune}`);

type SegmentKey = 'sat' | SplitQuotaKey | 'ordinari';

/** The bar of a breakdown: decorative, the table beside it gives the same figures in words. */
function BreakdownBar({ breakdown }: { breakdown: Breakdown }): React.ReactElement {
  const styles = useStyles();
  const segments = [
    { key: 'sat' as SegmentKey, count: breakdown.sat },
    ...breakdown.quotas.map((part) => ({ key: part.definition.key as SegmentKey, count: part.count })),
    { key: 'ordinari' as SegmentKey, count: breakdown.ordinari },
  ].filter((segment) => segment.count > 0);
  const whole = Math.max(1, ...[segments.reduce((sum, segment) => sum + segment.count, 0)]);
  return (
    <div className={styles.bar} aria-hidden="true" data-testid="breakdown-bar">
      {segments.map((segment, index) => (
        <span
          key={segment.key}
          data-segment={segment.key}
          className={mergeClasses(
            styles.segment,
            styles[segment.key],
            index < segments.length - 1 && styles.segmentGap,
          )}
          style={{ width: `${(100 * segment.count) / whole}%` }}
        />
      ))}
    </div>
  );
}

/** A group's (or the totals') figures: a heading, the bar, and a two-column table named by the heading. */
function FigureCard({
  heading,
  label,
  breakdown,
  figures,
  className,
  strings,
}: {
  strings: Strings;
  heading: React.ReactNode;
  label: string;
  breakdown: Breakdown;
  figures: Figure[];
  className?: string;
}): React.ReactElement {
  const styles = useStyles();
  const headingId = useId('preview-group-');
  return (
    <div className={mergeClasses(styles.card, className)}>
      <h3 id={headingId} className={styles.heading} aria-label={label}>
        {heading}
      </h3>
      <BreakdownBar breakdown={breakdown} />
      <table className={styles.figures} aria-labelledby={headingId}>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row" className={mergeClasses(styles.label, figure.part && styles.part)}>
                {figure.label}
              </th>
              <td className={mergeClasses(styles.value, figure.capped && styles.capped)}>{figure.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {breakdown.excess > 0 && (
        <Caption1 className={styles.capped}>{strings.quotasExceed({ excess: breakdown.excess })}</Caption1>
      )}
    </div>
  );
}

/**
 * Step 3: the quotas per owner and comune as the plan sheet will have them. Each group is a small
 * card (owner and comune as its heading, a bar of how its dwellings split, the figures in two
 * columns): the dwellings per avviso come with what they hold (the reserved quotas and the
 * ordinary ranking), so that nobody reads the poverty share as dwellings on top of them.
 */
export function PlanPreview({ plan, strings, language }: PlanPreviewProps): React.ReactElement {
  const styles = useStyles();
  // The notes (the reading used, caps that bit) go onto the plan sheet; here they are one click away.
  const [showNotes, setShowNotes] = useState(false);
  const percent = (share: number): string => formatPercent(share, language);

  const quotaFigures = (breakdown: Breakdown, group?: PlanGroup): Figure[] => [
    { key: 'perAvviso', label: strings.figurePerAvviso, value: String(breakdown.perAvviso) },
    ...breakdown.quotas.map((part) => ({
      key: part.definition.key,
      label: strings.quotaPart({
        name: part.definition.label[language],
        share: part.share === undefined ? undefined : percent(part.share),
        ownValue: group !== undefined && part.ownValue,
      }),
      value: String(part.count),
      part: true,
    })),
    { key: 'ordinari', label: strings.quotaNames.ordinari, value: String(breakdown.ordinari), part: true },
  ];

  const groupFigures = (group: PlanGroup, breakdown: Breakdown): Figure[] => {
    const hasSat = group.sat.richiesti > 0 || group.sat.consentiti > 0;
    // Without SAT every available dwelling goes by avviso: one row says both.
    if (!hasSat) {
      const [, ...parts] = quotaFigures(breakdown, group);
      return [{ key: 'disponibili', label: strings.figureAllByCall, value: String(group.disponibili) }, ...parts];
    }
    return [
      { key: 'disponibili', label: strings.figureDisponibili, value: String(group.disponibili) },
      {
        key: 'sat',
        label: strings.quotaPart({ name: strings.quotaNames.sat, ownValue: isOwnValue(group, 'sat') }),
        value: strings.satValue({
          allowed: group.sat.consentiti,
          requested: group.sat.richiesti,
          cap: group.sat.tettoSuperato ? percent(group.sat.soglia) : undefined,
        }),
        capped: group.sat.tettoSuperato,
      },
      ...quotaFigures(breakdown, group),
    ];
  };

  const totals = totalBreakdown(plan);
  const totalFigures: Figure[] = [
    { key: 'disponibili', label: strings.figureDisponibili, value: String(totals.disponibili) },
    {
      key: 'sat',
      label: strings.quotaNames.sat,
      value: strings.satValue({ allowed: plan.totali.sat, requested: plan.totali.satRichiesti }),
    },
    ...quotaFigures(totals),
  ];
  const legend = [
    { key: 'sat' as SegmentKey, name: strings.quotaNames.sat },
    ...totals.quotas.map((part) => ({
      key: part.definition.key as SegmentKey,
      name: capitalised(part.definition.shortName[language]),
    })),
    { key: 'ordinari' as SegmentKey, name: strings.quotaNames.ordinari },
  ];

  return (
    <>
      <Caption1 className={styles.explain}>{strings.previewExplain}</Caption1>
      {plan.gruppi.length === 0 ? (
        <Body1>{strings.noGroups}</Body1>
      ) : (
        <>
          <div className={styles.legend} aria-hidden="true">
            {legend.map((entry) => (
              <span key={entry.key} className={styles.legendItem}>
                <span className={mergeClasses(styles.swatch, styles[entry.key])} />
                <Caption1>{entry.name}</Caption1>
              </span>
            ))}
          </div>
          <FigureCard
            heading={strings.totalRow}
            label={strings.totalRow}
            breakdown={totals}
            figures={totalFigures}
            className={styles.totalCard}
            strings={strings}
          />
          <ul className={styles.cards} aria-label={strings.tableCaption}>
            {plan.gruppi.map((group) => {
              const breakdown = groupBreakdown(group);
              return (
                <li key={`${group.ente}\u0000${group.comune}`}>
                  <FigureCard
                    heading={
                      comuneImplied(group) ? (
                        group.ente
                      ) : (
                        <GroupName ente={group.ente} comune={group.comune} comuneClassName={styles.comune} />
                      )
                    }
                    label={strings.groupLabel({ ente: group.ente, comune: group.comune })}
                    breakdown={breakdown}
                    figures={groupFigures(group, breakdown)}
                    strings={strings}
                  />
                </li>
              );
            })}
          </ul>
          <ThreeYearChart plan={plan} strings={strings} />
        </>
      )}
      {plan.note.length > 0 && (
        <Link as="button" inline={false} aria-expanded={showNotes} onClick={() => setShowNotes((shown) => !shown)}>
          {showNotes ? strings.notesHide({ count: plan.note.length }) : strings.notesShow({ count: plan.note.length })}
        </Link>
      )}
      {showNotes && (
        <ul className={styles.notes} aria-label={strings.notesHeading}>
          {plan.note.map((note, index) => (
            <li key={index}>
              <Caption1>{sentenceText(note, language)}</Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
