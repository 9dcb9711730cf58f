import * as React from 'react';
import {
  Body1,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Plan, PlanGroup } from '../../core/plan/plan';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { PlanChart } from './PlanChart';
import { Section, useSectionStyles } from './Section';

const useStyles = makeStyles({
  table: { tableLayout: 'auto', width: 'auto', minWidth: '100%' },
  number: { textAlign: 'end', whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
  name: { minWidth: '8em' },
  total: { fontWeight: tokens.fontWeightSemibold },
});

export interface PlanPreviewProps {
  plan: Plan;
  strings: Strings;
  language: Language;
}

interface Column {
  key: string;
  title: string;
  numeric: boolean;
  cell: (group: PlanGroup) => string;
  total: string;
}

/** Step 3: the quotas per owner and comune as the plan sheet will have them, the notes, a chart. */
export function PlanPreview({ plan, strings, language }: PlanPreviewProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const percent = (share: number): string => formatPercent(share, language);
  const withShare = (quota: number, share: number): string => `${quota} (${percent(share)})`;
  const hasCategory = plan.gruppi.some((group) => group.categoria.percentuale > 0);
  const totals = plan.totali;

  const columns: Column[] = [
    { key: 'ente', title: strings.columnEnte, numeric: false, cell: (group) => group.ente, total: strings.totalRow },
    { key: 'comune', title: strings.columnComune, numeric: false, cell: (group) => group.comune, total: '' },
    {
      key: 'disponibili',
      title: strings.columnDisponibili,
      numeric: true,
      cell: (group) => String(group.disponibili),
      total: String(totals.disponibili),
    },
    {
      key: 'sat',
      title: strings.columnSat,
      numeric: true,
      cell: (group) => `${group.sat.consentiti} / ${group.sat.richiesti}`,
      total: `${totals.sat} / ${totals.satRichiesti}`,
    },
    {
      key: 'indigenza',
      title: strings.columnIndigenza,
      numeric: true,
      cell: (group) => withShare(group.indigenza.quota, group.indigenza.percentuale),
      total: String(totals.indigenza),
    },
    {
      key: 'forzePolizia',
      title: strings.columnForzePolizia,
      numeric: true,
      cell: (group) => withShare(group.forzePolizia.quota, group.forzePolizia.percentuale),
      total: String(totals.forzePolizia),
    },
    ...(hasCategory
      ? [
          {
            key: 'categoria',
            title: strings.columnCategoria,
            numeric: true,
            cell: (group: PlanGroup) => withShare(group.categoria.quota, group.categoria.percentuale),
            total: String(totals.categoria),
          },
        ]
      : []),
    {
      key: 'perAvviso',
      title: strings.columnPerAvviso,
      numeric: true,
      cell: (group) => String(group.perAvviso),
      total: String(totals.perAvviso),
    },
  ];

  return (
    <Section title={strings.previewHeading(plan.anno)}>
      <Caption1>{strings.previewSummary(plan.alloggi, plan.gruppi.length)}</Caption1>
      {plan.gruppi.length === 0 ? (
        <Body1>{strings.noGroups}</Body1>
      ) : (
        <>
          <div className={sectionStyles.scroller} tabIndex={0} role="region" aria-label={strings.tableCaption}>
            <Table className={styles.table} size="small" aria-label={strings.tableCaption}>
              <TableHeader>
                <TableRow>
                  {columns.map((column) => (
                    <TableHeaderCell key={column.key} className={column.numeric ? styles.number : styles.name}>
                      {column.title}
                    </TableHeaderCell>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {plan.gruppi.map((group) => (
                  <TableRow key={`${group.ente}\u0000${group.comune}`}>
                    {columns.map((column) => (
                      <TableCell key={column.key} className={column.numeric ? styles.number : undefined}>
                        {column.cell(group)}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
                <TableRow className={styles.total}>
                  {columns.map((column) => (
                    <TableCell key={column.key} className={column.numeric ? styles.number : undefined}>
                      {column.total}
                    </TableCell>
                  ))}
                </TableRow>
              </TableBody>
            </Table>
          </div>
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
