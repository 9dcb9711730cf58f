import * as React from 'react';
import { Body1, Caption1, Field, Input, Radio, RadioGroup, Text, Textarea, makeStyles, tokens, useId } from '../ui';
import {
  ORDINI,
  OWNER_PARAM_KEYS,
  type Ordine,
  type OwnerParamKey,
  type ParamDefinition,
} from '../../core/plan/params';
import { pick } from '../errors';
import { fieldId } from '../hooks/useFocusRequest';
import type { TextKey } from '../hooks/paramForm';
import type { ParamsState } from '../hooks/useParams';
import { formatPercent, type Language, type Strings } from '../i18n/strings';
import { MeasuresEditor } from './MeasuresEditor';
import { OwnerOverrides } from './OwnerOverrides';
import { OwnValues } from './OwnValues';
import { PresetPicker } from './PresetPicker';
import { ReserveCategories } from './ReserveCategories';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  radioText: { display: 'flex', flexDirection: 'column' },
});

export interface ParamsFormProps {
  state: ParamsState;
  /** Owners found in the inventory, for the per-owner values. */
  owners: string[];
  /** The plan year proposed when the year field is left empty. */
  defaultYear: number;
  strings: Strings;
  language: Language;
  highlighted?: string;
  onEdited: (key: string) => void;
  /** Shown at the end of the section (the save button). */
  footer?: React.ReactNode;
  /** What a preset (or its undo) did, for the pane's live region. */
  onPresetApplied?: (text: string) => void;
}

interface FieldContext {
  state: ParamsState;
  strings: Strings;
  language: Language;
  highlighted?: string;
  onEdited: (key: string) => void;
}

function problemOf(state: ParamsState, key: string, language: Language): string | undefined {
  const problem = state.problems.find((found) => found.key === key && found.ente === undefined);
  return problem ? pick(problem.text, language) : undefined;
}

function definitionOf(state: ParamsState, key: string): ParamDefinition {
  return state.definitions.find((definition) => definition.key === key) as ParamDefinition;
}

/** A numeric parameter: its default and legal reference in the hint, the rule's message when refused. */
function NumberParam({
  definition,
  defaultYear,
  context,
}: {
  definition: ParamDefinition;
  defaultYear: number;
  context: FieldContext;
}): React.ReactElement {
  const { state, strings, language, highlighted, onEdited } = context;
  const styles = useSectionStyles();
  const own = useStyles();
  const key = definition.key as TextKey;
  const percent = definition.kind === 'percent';
  const defaultText =
    definition.kind === 'percent'
      ? formatPercent(definition.default as number, language)
      : definition.kind === 'year'
        ? String(defaultYear)
        : String(definition.default);
  const hint = [
    definition.fixed
      ? strings.fixedHint({ value: defaultText, reference: strings.citation(definition.reference) })
      : strings.defaultHint({ value: defaultText, reference: strings.citation(definition.reference) }),
    percent && !definition.fixed ? strings.percentHint : definition.kind === 'count' ? strings.countHint : undefined,
    highlighted === key ? strings.focusHint : undefined,
  ]
    .filter((part) => part !== undefined)
    .join('. ');
  const problem = problemOf(state, key, language);
  const ownKey = (OWNER_PARAM_KEYS as readonly string[]).includes(key) ? (key as OwnerParamKey) : undefined;
  return (
    <div className={own.group}>
      <Field
        label={definition.label[language]}
        hint={hint}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem}
        className={highlighted === key ? styles.highlight : undefined}
      >
        <Input
          id={fieldId(key)}
          value={state.form.texts[key]}
          readOnly={definition.fixed}
          inputMode={definition.kind === 'percent' ? 'decimal' : 'numeric'}
          contentAfter={percent ? <Text aria-hidden="true">{strings.percentSuffix}</Text> : undefined}
          onChange={(_, data) => {
            state.setText(key, data.value);
            onEdited(key);
          }}
        />
      </Field>
      {ownKey && (
        <OwnValues
          state={state}
          paramKey={ownKey}
          label={definition.label[language]}
          strings={strings}
          language={language}
        />
      )}
    </div>
  );
}

function TextParam({
  textKey,
  label,
  hint,
  multiline,
  required,
  context,
}: {
  textKey: TextKey;
  label: string;
  hint?: string;
  multiline?: boolean;
  /** The plan sheet cannot be written without it. */
  required?: boolean;
  context: FieldContext;
}): React.ReactElement {
  const { state, strings, highlighted, onEdited } = context;
  const styles = useSectionStyles();
  const value = state.form.texts[textKey];
  const change = (next: string): void => {
    state.setText(textKey, next);
    onEdited(textKey);
  };
  const fullHint = highlighted === textKey ? [hint, strings.focusHint].filter(Boolean).join(' ') : hint;
  const missing = state.missing.find((problem) => problem.key === textKey);
  return (
    <Field
      label={label}
      hint={fullHint}
      required={required}
      validationState={missing ? 'error' : 'none'}
      validationMessage={missing ? pick(missing.text, context.language) : undefined}
      className={highlighted === textKey ? styles.highlight : undefined}
    >
      {multiline ? (
        <Textarea id={fieldId(textKey)} value={value} resize="vertical" onChange={(_, data) => change(data.value)} />
      ) : (
        <Input id={fieldId(textKey)} value={value} onChange={(_, data) => change(data.value)} />
      )}
    </Field>
  );
}

function OrdineParam({ context }: { context: FieldContext }): React.ReactElement {
  const { state, strings, language, highlighted, onEdited } = context;
  const styles = useSectionStyles();
  const own = useStyles();
  const definition = definitionOf(state, 'ordine');
  const texts: Record<Ordine, { title: string; hint: string }> = {
    'sat-prima': { title: strings.ordineNames['sat-prima'], hint: strings.ordineSatPrimaHint },
    'indigenza-su-tutti': { title: strings.ordineNames['indigenza-su-tutti'], hint: strings.ordineSuTuttiHint },
  };
  return (
    <Field
      label={definition.label[language]}
      hint={strings.citation(definition.reference)}
      className={highlighted === 'ordine' ? styles.highlight : undefined}
    >
      <RadioGroup
        id={fieldId('ordine')}
        value={state.form.ordine}
        onChange={(_, data) => {
          state.setOrdine(data.value as Ordine);
          onEdited('ordine');
        }}
      >
        {ORDINI.map((ordine) => (
          <Radio
            key={ordine}
            value={ordine}
            label={
              <span className={own.radioText}>
                <span>{texts[ordine].title}</span>
                <Caption1>{texts[ordine].hint}</Caption1>
              </span>
            }
          />
        ))}
      </RadioGroup>
    </Field>
  );
}

/** Step 2: the plan's parameters, with presets and per-owner values. */
export function ParamsForm({
  state,
  owners,
  defaultYear,
  strings,
  language,
  highlighted,
  onEdited,
  footer,
  onPresetApplied,
}: ParamsFormProps): React.ReactElement {
  const own = useStyles();
  const sectionStyles = useSectionStyles();
  const categoryHeadingId = useId('category-');
  const context: FieldContext = { state, strings, language, highlighted, onEdited };
  const numberParam = (key: string): React.ReactElement => (
    <NumberParam definition={definitionOf(state, key)} defaultYear={defaultYear} context={context} />
  );

  return (
    <>
      <PresetPicker state={state} strings={strings} language={language} onApplied={onPresetApplied} />
      {numberParam('anno')}
      <TextParam textKey="ambito" label={strings.ambitoLabel} hint={strings.ambitoHint} required context={context} />
      <TextParam
        textKey="capofila"
        label={strings.capofilaLabel}
        hint={strings.capofilaHint}
        required
        context={context}
      />
      {numberParam('indigenza')}
      {numberParam('maggiorazione')}
      {numberParam('satRichiesti')}
      {numberParam('satSoglia')}
      {numberParam('forzePolizia')}
      {numberParam('poliziaLocale')}
      <OrdineParam context={context} />
      <div className={own.group} role="group" aria-labelledby={categoryHeadingId}>
        <Body1 as="h3" className={sectionStyles.subheading} id={categoryHeadingId}>
          {strings.categoriaHeading}
        </Body1>
        <Caption1>{strings.categoriaHint}</Caption1>
        <TextParam textKey="categoriaNome" label={strings.categoriaNomeLabel} context={context} />
        <TextParam
          textKey="categoriaDescrizione"
          label={strings.categoriaDescrizioneLabel}
          multiline
          context={context}
        />
        {numberParam('categoriaQuota')}
        {definitionOf(state, 'categoriaQuota').max > 0 && (
          <ReserveCategories
            selected={state.form.riservaCategorie}
            onChange={(categories) => {
              state.setCategories(categories);
              onEdited('riservaCategorie');
            }}
            reference={strings.citation(definitionOf(state, 'categoriaQuota').reference)}
            strings={strings}
            language={language}
          />
        )}
      </div>
      <MeasuresEditor
        measures={state.form.misure}
        onAdd={(text, amount) => {
          const problem = state.addMeasure(text, amount);
          if (!problem) onEdited('misure');
          return problem;
        }}
        onRemove={(index) => {
          state.removeMeasure(index);
          onEdited('misure');
        }}
        strings={strings}
        language={language}
      />
      <OwnerOverrides state={state} owners={owners} strings={strings} language={language} />
      {footer}
    </>
  );
}
