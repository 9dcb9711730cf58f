import * as React from 'react';
import { Badge, Body1, Caption1, makeStyles, mergeClasses, tokens, useId } from '@fluentui/react-components';
import { quotasShown, type Plan, type PlanGroup } from '../../core/plan/plan';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { GroupName } from './GroupName';
import { PlanChart } from './PlanChart';
import { Section, useSectionStyles } from './Section';

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
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
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
  /** Two columns: what the figure is (wraps), the figure (never wraps). */
  figures: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  label: {
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXXS} 0`,
    verticalAlign: 'baseline',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  value: {
    textAlign: 'end',
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: 'tabular-nums',
    padding: `${tokens.spacingVerticalXXS} 0`,
    verticalAlign: 'baseline',
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  number: { whiteSpace: 'nowrap' },
  capped: { marginInlineStart: tokens.spacingHorizontalXS, fontWeight: tokens.fontWeightRegular },
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
  /** Shown after the value: the SAT cap lowered the request. */
  mark?: string;
}

/** A group's (or the totals') figures: a heading and a two-column table named by it. */
function FigureCard({
  heading,
  label,
  figures,
  className,
}: {
  heading: React.ReactNode;
  label: string;
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
      <table className={styles.figures} aria-labelledby={headingId}>
        <tbody>
          {figures.map((figure) => (
            <tr key={figure.key}>
              <th scope="row" className={styles.label}>
                {figure.label}
              </th>
              <td className={styles.value}>
                <span className={styles.number}>{figure.value}</span>
                {figure.mark && (
                  <>
                    {' '}
                    <Badge appearance="tint" color="warning" size="small" className={styles.capped}>
                      {figure.mark}
                    </Badge>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Step 3: the quotas per owner and comune as the plan sheet will have them, the notes, a chart.
 * A pane is 320-360 px wide: each group is a small card (owner and comune as its heading, the
 * figures in two columns) rather than a wide table whose figures would sit off to the right.
 */
export function PlanPreview({ plan, strings, language }: PlanPreviewProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const percent = (share: number): string => formatPercent(share, language);
  const withShare = (quota: number, share: number): string => `${quota} (${percent(share)})`;
  // Every quota the plan shows, from its definition (core/quota.ts): label, share, quota.
  const quotas = quotasShown(plan);
  const totals = plan.totali;

  const groupFigures = (group: PlanGroup): Figure[] => [
    { key: 'disponibili', label: strings.columnDisponibili, value: String(group.disponibili) },
    {
      key: 'sat',
      label: strings.columnSat,
      value: `${group.sat.consentiti} / ${group.sat.richiesti}`,
      mark: group.sat.tettoSuperato ? strings.satCapped(percent(group.sat.soglia)) : undefined,
    },
    ...quotas.map((definition) => ({
      key: definition.key,
      label: definition.label[language],
      value: withShare(group[definition.key].quota, group[definition.key].percentuale),
    })),
    { key: 'perAvviso', label: strings.columnPerAvviso, value: String(group.perAvviso) },
  ];

  const totalFigures: Figure[] = [
    { key: 'disponibili', label: strings.columnDisponibili, value: String(totals.disponibili) },
    { key: 'sat', label: strings.columnSat, value: `${totals.sat} / ${totals.satRichiesti}` },
    ...quotas.map((definition) => ({
      key: definition.key,
      label: definition.label[language],
      value: String(totals[definition.key]),
    })),
    { key: 'perAvviso', label: strings.columnPerAvviso, value: String(totals.perAvviso) },
  ];

  return (
    <Section title={strings.previewHeading(plan.anno)}>
      <Caption1>{strings.previewSummary(plan.alloggi, plan.gruppi.length)}</Caption1>
      {plan.gruppi.length === 0 ? (
        <Body1>{strings.noGroups}</Body1>
      ) : (
        <>
          <ul className={styles.cards} aria-label={strings.tableCaption}>
            {plan.gruppi.map((group) => (
              <li key={`${group.ente}\u0000${group.comune}`}>
                <FigureCard
                  heading={<GroupName ente={group.ente} comune={group.comune} comuneClassName={styles.comune} />}
                  label={strings.groupLabel(group.ente, group.comune)}
                  figures={groupFigures(group)}
                />
              </li>
            ))}
          </ul>
          <FigureCard
            heading={strings.totalRow}
            label={strings.totalRow}
            figures={totalFigures}
            className={styles.totalCard}
          />
          <PlanChart plan={plan} strings={strings} />
        </>
      )}
      <Body1 as="h3" className={sectionStyles.subheading}>
        {strings.notesHeading}
      </Body1>
      <ul className={sectionStyles.list}>
        {plan.note.map((note, index) => (
          <li key={index}>
            <Body1>{language === 'en' ? note.messageEn : note.message}</Body1>
          </li>
        ))}
      </ul>
    </Section>
  );
}
