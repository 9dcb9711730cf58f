import * as React from 'react';
import { Body1, Button, Caption1, CounterBadge, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { InventoryIssue } from '../../core/types';
import type { Language, Strings } from '../i18n/strings';
import { Section, useSectionStyles } from './Section';

/** Enough to find one's way; the rest is counted. */
const MAX_SHOWN = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxHeight: '24rem',
    overflowY: 'auto',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorderActive },
});

export interface IssueListProps {
  issues: InventoryIssue[];
  /** Selects the row in the workbook; absent when there is no inventory to go to. */
  onGoToRow?: (row: number) => void;
  strings: Strings;
  language: Language;
}

/** The inventory's problems, errors first, each with a button that selects its row. */
export function IssueList({ issues, onGoToRow, strings, language }: IssueListProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const errors = issues.filter((issue) => issue.severity === 'errore');
  const warnings = issues.filter((issue) => issue.severity !== 'errore');
  let budget = MAX_SHOWN;
  const take = (list: InventoryIssue[]): InventoryIssue[] => {
    const shown = list.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return shown;
  };
  const groups = [
    { title: strings.issuesErrors, issues: take(errors), tone: styles.error },
    { title: strings.issuesWarnings, issues: take(warnings), tone: styles.warning },
  ].filter((group) => group.issues.length > 0);
  const shownCount = Math.min(issues.length, MAX_SHOWN);

  return (
    <Section
      title={strings.issuesHeading}
      aside={
        <CounterBadge
          count={issues.length}
          showZero
          overflowCount={99999}
          color={errors.length > 0 ? 'danger' : 'informative'}
          role="img"
          aria-label={strings.issuesCount(issues.length)}
        />
      }
    >
      {issues.length === 0 && <Caption1>{strings.issuesNone}</Caption1>}
      {groups.map((group) => (
        <React.Fragment key={group.title}>
          <Body1 as="h3" className={sectionStyles.subheading}>
            {group.title}
          </Body1>
          <ul className={styles.list} aria-label={group.title}>
            {group.issues.map((issue, index) => (
              <li key={index} className={mergeClasses(styles.item, group.tone)}>
                <Body1>{language === 'en' ? issue.messageEn : issue.message}</Body1>
                {onGoToRow && issue.row > 0 && (
                  <Button
                    size="small"
                    aria-label={strings.goToRowLabel(issue.row)}
                    onClick={() => onGoToRow(issue.row)}
                  >
                    {strings.goToRow}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </React.Fragment>
      ))}
      {shownCount < issues.length && <Caption1>{strings.issuesTruncated(shownCount, issues.length)}</Caption1>}
    </Section>
  );
}
