import * as React from 'react';
import { Button, Caption1, makeStyles, tokens } from '../ui';
import { OWNER_VALUE_KEYS, ownerKey, type OwnerValueKey } from '../../core/plan/params';
import { pick } from '../errors';
import { fieldId } from '../hooks/useFocusRequest';
import type { FieldProblem } from '../hooks/paramForm';
import type { ParamsState } from '../hooks/useParams';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { DismissIcon } from './icons';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: `0 0 0 ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  text: { flex: 1, minWidth: 0 },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

export interface OwnValue {
  owner: string;
  key: OwnerValueKey;
  value: number;
}

/** Every value typed for one owner, in the order of the form. */
export function ownValues(state: ParamsState): OwnValue[] {
  return Object.entries(state.form.enti).flatMap(([owner, values]) =>
    OWNER_VALUE_KEYS.filter((key) => values[key] !== undefined).map((key) => ({
      owner,
      key,
      value: values[key] as number,
    })),
  );
}

/** The problem of an owner's value, when the rules refuse it. */
export function problemOfOwnValue(problems: FieldProblem[], entry: OwnValue): FieldProblem | undefined {
  return problems.find(
    (problem) =>
      problem.ente !== undefined && problem.key === entry.key && ownerKey(problem.ente) === ownerKey(entry.owner),
  );
}

export function ownValueText(state: ParamsState, key: OwnerValueKey, value: number, language: Language): string {
  const definition = state.definitions.find((candidate) => candidate.key === key);
  return definition?.kind === 'percent' ? formatPercent(value, language) : String(value);
}

/**
 * The owners' own values for one parameter, right under the general field they replace for that
 * owner ("Valore proprio di Comune di Cremona: 10 %"), each with its problem and a remove button.
 */
export function OwnValues({
  state,
  paramKey,
  label,
  strings,
  language,
}: {
  state: ParamsState;
  paramKey: OwnerValueKey;
  label: string;
  strings: Strings;
  language: Language;
}): React.ReactElement | null {
  const styles = useStyles();
  const entries = ownValues(state).filter((entry) => entry.key === paramKey);
  if (entries.length === 0) return null;
  return (
    <ul id={fieldId(`${paramKey}-enti`)} className={styles.list} aria-label={strings.ownValuesOf({ label })}>
      {entries.map((entry) => {
        const problem = problemOfOwnValue(state.problems, entry);
        return (
          <li key={entry.owner}>
            <div className={styles.item}>
              <Caption1 className={styles.text}>
                {strings.ownValueItem({
                  owner: entry.owner,
                  value: ownValueText(state, entry.key, entry.value, language),
                })}
              </Caption1>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissIcon />}
                aria-label={strings.removeOverride({ label, owner: entry.owner })}
                title={strings.removeOverride({ label, owner: entry.owner })}
                onClick={() => state.removeOverride(entry.owner, entry.key)}
              />
            </div>
            {problem && (
              <Caption1 className={styles.problem} data-problem="true">
                {pick(problem.text, language)}
              </Caption1>
            )}
          </li>
        );
      })}
    </ul>
  );
}
