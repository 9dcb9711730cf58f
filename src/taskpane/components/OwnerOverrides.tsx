import * as React from 'react';
import { useState } from 'react';
import { Body1, Button, Caption1, Field, Input, Select, Text, makeStyles, tokens, useId } from '../ui';
import { OWNER_VALUE_KEYS, type OwnerValueKey, type ParamDefinition } from '../../core/plan/params';
import { pick, type Bilingual } from '../errors';
import type { ParamsState } from '../hooks/useParams';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { fieldId } from '../hooks/useFocusRequest';
import { Notice } from './Notice';
import { OwnValues, ownValues, problemOfOwnValue } from './OwnValues';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
  items: { listStyleType: 'none', margin: 0, padding: 0 },
});

export interface OwnerOverridesProps {
  state: ParamsState;
  owners: string[];
  strings: Strings;
  language: Language;
}

function definitionOf(state: ParamsState, key: OwnerValueKey): ParamDefinition {
  return state.definitions.find((definition) => definition.key === key) as ParamDefinition;
}

/** "Valori per ente": the values that differ for one owner, and a small form to add one. */
export function OwnerOverrides({ state, owners, strings, language }: OwnerOverridesProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const [owner, setOwner] = useState('');
  const [key, setKey] = useState<OwnerValueKey>('maggiorazione');
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<Bilingual>();
  const headingId = useId('overrides-');

  const entries = ownValues(state);
  // A problem next to a listed value is shown there; the others (a sum over two values) here.
  const ownerProblems = state.problems.filter(
    (found) => found.ente !== undefined && !entries.some((entry) => problemOfOwnValue([found], entry) !== undefined),
  );
  // Not offered: what the rule fixes (the 20 %) and what the plan year does not provide for.
  const offered = OWNER_VALUE_KEYS.filter((param) => {
    const candidate = definitionOf(state, param);
    return !candidate.fixed && !(candidate.kind === 'percent' && candidate.max === 0);
  });
  const definition = definitionOf(state, key);
  const percent = definition.kind === 'percent';

  const add = (): void => {
    if (owner === '' || value.trim() === '') return;
    const refused = state.addOverride(owner, key, value);
    setProblem(refused);
    if (!refused) setValue('');
  };

  return (
    <div id={fieldId('enti')} className={styles.box} role="group" aria-labelledby={headingId}>
      <Body1 as="h3" className={sectionStyles.subheading} id={headingId}>
        {strings.overridesHeading}
      </Body1>
      <Caption1>{strings.overridesHint}</Caption1>
      {entries.length === 0 && <Caption1>{strings.overridesEmpty}</Caption1>}
      {/* Lett. g has no general field to stand under: its per-owner values are listed here. */}
      <OwnValues
        state={state}
        paramKey="assegnatiAnnoPrecedente"
        label={definitionOf(state, 'assegnatiAnnoPrecedente').label[language]}
        strings={strings}
        language={language}
      />
      {ownerProblems.map((found) => (
        <div key={`${found.ente}\u0000${found.key}`} data-problem="true">
          <Notice intent="error">{pick(found.text, language)}</Notice>
        </div>
      ))}
      <Body1 as="h4" className={sectionStyles.subheading}>
        {strings.addOverrideHeading}
      </Body1>
      <Field
        label={strings.overrideOwnerLabel}
        hint={owners.length === 0 ? strings.overrideOwnerNeedsInventory : undefined}
      >
        <Select value={owner} disabled={owners.length === 0} onChange={(_, data) => setOwner(data.value)}>
          <option value="">{strings.chooseOwner}</option>
          {owners.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={strings.overrideKeyLabel}>
        <Select
          value={key}
          onChange={(_, data) => {
            setKey(data.value as OwnerValueKey);
            setProblem(undefined);
          }}
        >
          {offered.map((param) => (
            <option key={param} value={param}>
              {definitionOf(state, param).label[language]}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label={strings.overrideValueLabel}
        hint={`${percent ? strings.overrideValueHintPercent : strings.overrideValueHintCount} ${strings.defaultHint({ value: percent ? formatPercent(definition.default as number, language) : String(definition.default), reference: strings.citation(definition.reference) })}`}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ? pick(problem, language) : undefined}
      >
        <Input
          value={value}
          inputMode={percent ? 'decimal' : 'numeric'}
          contentAfter={percent ? <Text aria-hidden="true">{strings.percentSuffix}</Text> : undefined}
          onChange={(_, data) => {
            setValue(data.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
        />
      </Field>
      <div className={sectionStyles.actions}>
        <Button onClick={add} disabled={owner === '' || value.trim() === ''}>
          {strings.addOverrideButton}
        </Button>
      </div>
    </div>
  );
}
