import * as React from 'react';
import { useState } from 'react';
import { Body1, Button, Caption1, Field, Input, Text, Textarea, makeStyles, tokens, useId } from '../ui';
import type { Misura } from '../../core/plan/params';
import { pick, type Bilingual } from '../errors';
import { fieldId } from '../hooks/useFocusRequest';
import { PARAMS_STEP_MESSAGES } from '../i18n/params';
import type { Language, Strings } from '../i18n/strings';
import { DismissIcon } from './icons';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  items: { listStyleType: 'none', margin: 0, padding: 0 },
  item: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, overflowWrap: 'anywhere' },
});

export interface MeasuresEditorProps {
  measures: readonly Misura[];
  /** Adds a measure from the typed text and amount; returns the problem when it cannot be read. */
  onAdd: (text: string, amount: string) => Bilingual | undefined;
  onRemove: (index: number) => void;
  strings: Strings;
  language: Language;
}

const euro = (amount: number, language: Language): string =>
  new Intl.NumberFormat(PARAMS_STEP_MESSAGES.amountLocale[language], { style: 'currency', currency: 'EUR' }).format(
    amount,
  );

/**
 * Lett. f: the measures supporting access to and keeping of housing, each a text and an
 * optional amount in euro. Self-contained: the list comes in, additions and removals go out.
 */
export function MeasuresEditor({
  measures,
  onAdd,
  onRemove,
  strings,
  language,
}: MeasuresEditorProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const headingId = useId('measures-');
  const [text, setText] = useState('');
  const [amount, setAmount] = useState('');
  const [problem, setProblem] = useState<Bilingual>();
  const add = (): void => {
    const refused = onAdd(text, amount);
    setProblem(refused);
    if (!refused) {
      setText('');
      setAmount('');
    }
  };
  return (
    <div className={styles.box} role="group" aria-labelledby={headingId} id={fieldId('misure')}>
      <Body1 as="h3" className={sectionStyles.subheading} id={headingId}>
        {strings.measuresHeading}
      </Body1>
      <Caption1>{strings.measuresHint}</Caption1>
      {measures.length === 0 ? (
        <Caption1>{strings.measuresEmpty}</Caption1>
      ) : (
        <ul className={styles.items} aria-label={strings.measuresHeading}>
          {measures.map((measure, index) => (
            <li key={`${index}\u0000${measure.testo}`} className={styles.item}>
              <Text>
                {strings.measureItem({
                  text: measure.testo,
                  amount: measure.importo === undefined ? undefined : euro(measure.importo, language),
                })}
              </Text>
              <Button
                appearance="subtle"
                size="small"
                icon={<DismissIcon />}
                aria-label={strings.removeMeasure({ text: measure.testo })}
                title={strings.removeMeasure({ text: measure.testo })}
                onClick={() => onRemove(index)}
              />
            </li>
          ))}
        </ul>
      )}
      <Field
        label={strings.measureTextLabel}
        validationState={problem ? 'error' : 'none'}
        validationMessage={problem ? pick(problem, language) : undefined}
      >
        <Textarea
          value={text}
          resize="vertical"
          onChange={(_, data) => {
            setText(data.value);
            setProblem(undefined);
          }}
        />
      </Field>
      <Field label={strings.measureAmountLabel}>
        <Input
          value={amount}
          inputMode="decimal"
          onChange={(_, data) => {
            setAmount(data.value);
            setProblem(undefined);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') add();
          }}
        />
      </Field>
      <div className={sectionStyles.actions}>
        <Button onClick={add} disabled={text.trim() === ''}>
          {strings.addMeasureButton}
        </Button>
      </div>
    </div>
  );
}
