import * as React from 'react';
import { useState } from 'react';
import { Body1, Button, Caption1, CounterBadge, Link, makeStyles, mergeClasses, tokens } from '../ui';
import type { InventoryIssue } from '../../core/types';
import type { Language, Strings } from '../i18n/strings';
import { sentenceText } from '../../core/messages';
import { Section, useSectionStyles } from './Section';

/** Shown at first: the list stays in the flow of the pane, without a scroll box of its own. */
export const FIRST_SHOWN = 5;
/** "Mostra tutti" shows up to this many; the rest is counted. */
const MAX_SHOWN = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
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
  /** Selects the cell the problem names (or its row); absent when there is no inventory to go to. */
  onGoTo?: (issue: InventoryIssue) => void;
  /** Reads the inventory again, after corrections in the workbook. */
  onRecheck?: () => void;
  /** The user went to a cell: the list will refresh when they come back. */
  correcting?: boolean;
  strings: Strings;
  language: Language;
}

/**
 * The inventory's problems, errors first, each with a button that selects the cell it names (or
 * its row). The first five are shown, the rest on request; the list is part of the pane's flow.
 */
export function IssueList({
  issues,
  onGoTo,
  onRecheck,
  correcting,
  strings,
  language,
}: IssueListProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const [all, setAll] = useState(false);
  const errors = issues.filter((issue) => issue.severity === 'errore');
  const warnings = issues.filter((issue) => issue.severity !== 'errore');
  const limit = all ? MAX_SHOWN : FIRST_SHOWN;
  let budget = limit;
  const take = (list: InventoryIssue[]): InventoryIssue[] => {
    const shown = list.slice(0, Math.max(0, budget));
    budget -= shown.length;
    return shown;
  };
  const groups = [
    { title: strings.issuesErrors, issues: take(errors), tone: styles.error },
    { title: strings.issuesWarnings, issues: take(warnings), tone: styles.warning },
  ].filter((group) => group.issues.length > 0);
  const shownCount = Math.min(issues.length, limit);

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
          aria-label={strings.issuesCount({ count: issues.length })}
        />
      }
    >
      {issues.length === 0 && <Caption1>{strings.issuesNone}</Caption1>}
      {groups.map((group) => (
        <React.Fragment key={group.title}>
          <Body1 as="h4" className={sectionStyles.subheading}>
            {group.title}
          </Body1>
          <ul className={styles.list} aria-label={group.title}>
            {group.issues.map((issue, index) => (
              <li key={index} className={mergeClasses(styles.item, group.tone)}>
                <Body1>{sentenceText(issue, language)}</Body1>
                {onGoTo && issue.row > 0 && (
                  <Button size="small" onClick={() => onGoTo(issue)}>
                    {issue.cell ? strings.goToCell({ cell: issue.cell }) : strings.goToRow({ row: issue.row })}
                  </Button>
                )}
              </li>
            ))}
          </ul>
        </React.Fragment>
      ))}
      {issues.length > FIRST_SHOWN && (
        <Link as="button" inline={false} aria-expanded={all} onClick={() => setAll((shown) => !shown)}>
          {all ? strings.issuesShowFirst({ count: FIRST_SHOWN }) : strings.issuesShowAll({ total: issues.length })}
        </Link>
      )}
      {all && shownCount < issues.length && (
        <Caption1>{strings.issuesTruncated({ shown: shownCount, total: issues.length })}</Caption1>
      )}
      {issues.length > 0 && onRecheck && (
        <div className={sectionStyles.actions}>
          <Button size="small" onClick={onRecheck}>
            {strings.recheck}
          </Button>
          {correcting && <Caption1>{strings.correctingHint}</Caption1>}
        </div>
      )}
    </Section>
  );
}
