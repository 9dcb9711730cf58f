import * as React from 'react';
import { Button, Caption1, Link, makeStyles, tokens, useId, LiveRegion } from '../ui';
import { formulaText, type FunctionExample } from '../functionsCatalog';
import type { Language, Strings } from '../i18n/strings';
import { Notice } from './Notice';

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
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    minWidth: 0,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  description: { color: tokens.colorNeutralForeground2 },
});

export interface FunctionsListProps {
  examples: FunctionExample[];
  /** Writes the example's formula in the selected cell. */
  onInsert: (example: FunctionExample & { args: string[] }) => void;
  /** Why the last insertion was refused ("La cella B2 non è vuota…"). */
  error?: string;
  strings: Strings;
  language: Language;
}

/** "Funzioni": the CASA functions with one example each; a click puts it in the selected cell. */
export function FunctionsList({
  examples,
  onInsert,
  error,
  strings,
  language,
}: FunctionsListProps): React.ReactElement {
  const styles = useStyles();
  const baseId = useId('function-');
  return (
    <>
      <Caption1>{strings.functionsIntro}</Caption1>
      <ul className={styles.list} aria-label={strings.functionsHeading}>
        {examples.map((example) => {
          const formulaId = `${baseId}-${example.name}`;
          const args = example.args;
          return (
            <li key={example.name} className={styles.item}>
              <code id={formulaId} className={styles.formula}>
                {args ? formulaText(example.name, args, language) : `=CASA.${example.name}(…)`}
              </code>
              <Caption1 id={`${formulaId}-what`} className={styles.description}>
                {strings.functionDescriptions[example.name]}
              </Caption1>
              {args ? (
                <Button
                  size="small"
                  aria-describedby={`${formulaId} ${formulaId}-what`}
                  onClick={() => onInsert({ ...example, args })}
                >
                  {strings.functionInsert}
                </Button>
              ) : (
                <Caption1>{strings.functionNeedsInventory}</Caption1>
              )}
            </li>
          );
        })}
      </ul>
      <LiveRegion role="alert">
        {error && (
          <Notice intent="error" title={strings.functionInsertFailed}>
            {error}
          </Notice>
        )}
      </LiveRegion>
      <Link href={strings.helpUrl} target="_blank" rel="noopener">
        {strings.functionsHelp}
      </Link>
    </>
  );
}
