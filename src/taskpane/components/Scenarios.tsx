import * as React from 'react';
import { Button, Caption1, Field, Input, makeStyles, mergeClasses, tokens } from '../ui';
import { format } from '../../core/messages';
import { COMPARISON_MESSAGES } from '../../core/scenarios/layout';
import { SCENARIO_FIGURES } from '../../core/scenarios/scenarios';
import { MAX_DRAFTS, PLAN_SCENARIO, type AmbitoState } from '../hooks/useAmbito';
import type { Language, Strings } from '../i18n/strings';
import { DismissIcon } from './icons';
import { Notice } from './Notice';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  draft: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'end',
    minWidth: 0,
  },
  table: { borderCollapse: 'collapse', width: '100%', fontSize: tokens.fontSizeBase200 },
  caption: { textAlign: 'start', fontWeight: tokens.fontWeightSemibold, padding: `${tokens.spacingVerticalXS} 0` },
  cell: {
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    textAlign: 'end',
    fontVariantNumeric: 'tabular-nums',
  },
  label: { textAlign: 'start', overflowWrap: 'anywhere' },
  changed: { fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: 'auto', minWidth: 0 },
});

export interface ScenariosProps {
  ambito: AmbitoState;
  strings: Strings;
  language: Language;
}

/**
 * Step 5: up to three scenarios compared with the plan (same dwellings, other parameters): the
 * totals that change and the groups that change, in compact tables; one of them can be made the plan.
 */
export function Scenarios({ ambito, strings, language }: ScenariosProps): React.ReactElement {
  const styles = useStyles();
  const section = useSectionStyles();
  const { comparison } = ambito;
  const names = comparison?.scenari.map((scenario) => scenario.nome) ?? [];
  const header = (
    <tr>
      <th scope="col" className={mergeClasses(styles.cell, styles.label)} />
      {names.map((name) => (
        <th scope="col" key={name} className={styles.cell}>
          {name}
        </th>
      ))}
    </tr>
  );

  return (
    <>
      <Caption1>{strings.scenariosIntro}</Caption1>
      {ambito.scenarios.map((draft, index) => (
        <div key={index} className={styles.draft} role="group" aria-label={strings.scenarioName({ index: index + 1 })}>
          <Field label={strings.scenarioName({ index: index + 1 })}>
            <Input
              value={draft.nome}
              onChange={(_, data) => ambito.setScenario(index, { ...draft, nome: data.value })}
            />
          </Field>
          <Button
            appearance="subtle"
            icon={<DismissIcon />}
            aria-label={strings.scenarioRemove({ index: index + 1 })}
            title={strings.scenarioRemove({ index: index + 1 })}
            onClick={() => ambito.setScenario(index, undefined)}
          />
          <Field label={strings.scenarioValues({ index: index + 1 })}>
            <Input
              value={draft.valori}
              placeholder="maggiorazione=20%"
              onChange={(_, data) => ambito.setScenario(index, { ...draft, valori: data.value })}
            />
          </Field>
        </div>
      ))}
      <div className={section.actions}>
        {ambito.scenarios.length < MAX_DRAFTS && (
          <Button appearance="subtle" onClick={ambito.addScenario}>
            {strings.scenarioAdd}
          </Button>
        )}
        <Button appearance="primary" disabledFocusable={!ambito.canCompare} onClick={ambito.compare}>
          {strings.compareButton}
        </Button>
      </div>
      {!ambito.canCompare && <Caption1>{strings.compareNeeds}</Caption1>}
      {ambito.scenarioError && <Notice intent="error">{ambito.scenarioError}</Notice>}

      {comparison && (
        <>
          {comparison.parametri.length > 0 && (
            <div className={styles.scroll}>
              <table className={styles.table}>
                <caption className={styles.caption}>{strings.comparisonParameters}</caption>
                <thead>{header}</thead>
                <tbody>
                  {comparison.parametri.map((parameter) => (
                    <tr key={`${parameter.key}:${parameter.ente ?? ''}`}>
                      <th scope="row" className={mergeClasses(styles.cell, styles.label)}>
                        {parameter.label[language]} ({parameter.ente ?? strings.everyOwner})
                      </th>
                      {parameter.valori.map((value, index) => (
                        <td key={names[index]} className={styles.cell}>
                          {value[language]}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className={styles.scroll}>
            <table className={styles.table}>
              <caption className={styles.caption}>{strings.comparisonTotals}</caption>
              <thead>{header}</thead>
              <tbody>
                {SCENARIO_FIGURES.map((figure) => {
                  const changed = comparison.totaliCheCambiano.includes(figure.key);
                  return (
                    <tr key={figure.key} className={changed ? styles.changed : undefined}>
                      <th scope="row" className={mergeClasses(styles.cell, styles.label)}>
                        {figure.label[language]}
                      </th>
                      {comparison.scenari.map((scenario) => (
                        <td key={scenario.nome} className={styles.cell}>
                          {scenario.totali[figure.key]}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {comparison.gruppi.length === 0 ? (
            <Caption1>{format(COMPARISON_MESSAGES['no-groups'], language)}</Caption1>
          ) : (
            <div className={styles.scroll}>
              <table className={styles.table}>
                <caption className={styles.caption}>{strings.comparisonGroups}</caption>
                <thead>{header}</thead>
                <tbody>
                  {comparison.gruppi.flatMap((group) =>
                    group.cambiano.map((key) => {
                      const figure = SCENARIO_FIGURES.find((candidate) => candidate.key === key);
                      return (
                        <tr key={`${group.ente}:${group.comune}:${key}`}>
                          <th scope="row" className={mergeClasses(styles.cell, styles.label)}>
                            {group.ente}, {group.comune}: {figure?.label[language] ?? key}
                          </th>
                          {group.valori.map((values, index) => (
                            <td key={names[index]} className={styles.cell}>
                              {values ? values[key] : '-'}
                            </td>
                          ))}
                        </tr>
                      );
                    }),
                  )}
                </tbody>
              </table>
            </div>
          )}
          <div className={section.actions}>
            {names
              .filter((name) => name !== PLAN_SCENARIO)
              .map((name) => (
                <Button
                  key={name}
                  appearance={ambito.chosen === name ? 'primary' : 'secondary'}
                  aria-pressed={ambito.chosen === name}
                  onClick={() => ambito.choose(name)}
                >
                  {strings.useScenario({ name })}
                </Button>
              ))}
            {ambito.chosen && (
              <Button appearance="subtle" onClick={() => ambito.choose(undefined)}>
                {strings.backToPlan}
              </Button>
            )}
          </div>
          {ambito.chosen && <Notice intent="info">{strings.scenarioPreview({ name: ambito.chosen })}</Notice>}
        </>
      )}
    </>
  );
}
