import * as React from 'react';
import { useState } from 'react';
import { Body1, Button, Caption1, Checkbox, Radio, RadioGroup, makeStyles, tokens, useId } from '../ui';
import { PRESETS, presetById, type PresetId } from '../../core/plan/presets';
import { formChanges, presetSettings, presetYear } from '../hooks/presets';
import type { ParamsState } from '../hooks/useParams';
import type { Language, Strings } from '../i18n/strings';
import { Notice } from './Notice';
import { useSectionStyles } from './Section';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  radioText: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  setting: { display: 'block', paddingLeft: tokens.spacingHorizontalM },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  replaced: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface PresetPickerProps {
  state: ParamsState;
  strings: Strings;
  language: Language;
  /** Tells the pane's live region what happened. */
  onApplied?: (text: string) => void;
}

/**
 * "Riempi da un modello": each preset with what it sets; the fields that would change, those
 * that hold a value of their own marked; the plan year changed only when the clerk ticks it.
 * Nothing changes before "Applica il modello", and "Annulla" undoes it afterwards.
 */
export function PresetPicker({ state, strings, language, onApplied }: PresetPickerProps): React.ReactElement {
  const styles = useStyles();
  const sectionStyles = useSectionStyles();
  const boxId = useId('presets-');
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<PresetId>(PRESETS[0].id);
  const [takeYear, setTakeYear] = useState(false);

  const preset = presetById(chosen) ?? PRESETS[0];
  const tiedYear = presetYear(preset);
  const offerYear = tiedYear !== undefined && tiedYear !== state.year;
  const next = open ? state.previewPreset(chosen, offerYear && takeYear) : undefined;
  const changes = next ? formChanges(state.form, next, state.year, language, strings) : [];
  const replaces = changes.some((change) => change.replacesOwnValue);
  const undoLabel = state.undo ? presetById(state.undo.presetId)?.label[language] : undefined;

  const apply = (): void => {
    state.applyPreset(chosen, offerYear && takeYear);
    setOpen(false);
    onApplied?.(strings.presetDone({ label: preset.label[language], changed: changes.length }));
  };

  return (
    <>
      <div className={sectionStyles.actions}>
        <Button aria-expanded={open} aria-controls={boxId} onClick={() => setOpen((shown) => !shown)}>
          {strings.presetsButton}
        </Button>
      </div>
      {open && (
        <div id={boxId} className={styles.box} role="group" aria-label={strings.presetsButton}>
          <RadioGroup
            aria-label={strings.presetChoose}
            value={chosen}
            onChange={(_, data) => {
              setChosen(data.value as PresetId);
              setTakeYear(false);
            }}
          >
            {PRESETS.map((candidate) => {
              const settings = presetSettings(candidate, state.year, language, strings);
              return (
                <Radio
                  key={candidate.id}
                  value={candidate.id}
                  label={
                    <span className={styles.radioText}>
                      <span>{candidate.label[language]}</span>
                      {settings.length === 0 ? (
                        <Caption1>{strings.presetSetsNothing}</Caption1>
                      ) : (
                        <>
                          <Caption1>{strings.presetSets}</Caption1>
                          {settings.map((setting) => (
                            <Caption1 key={setting.label} className={styles.setting}>
                              {strings.presetSetting({ label: setting.label, value: setting.value })}
                            </Caption1>
                          ))}
                        </>
                      )}
                    </span>
                  }
                />
              );
            })}
          </RadioGroup>
          <Caption1>
            {strings.presetRulesTail({ year: offerYear && takeYear ? (tiedYear as number) : state.year })}
          </Caption1>
          {offerYear && (
            <Checkbox
              checked={takeYear}
              onChange={(_, data) => setTakeYear(data.checked === true)}
              label={strings.presetTakeYear({ presetYear: tiedYear as number, formYear: state.year })}
            />
          )}
          <Body1 as="h3" className={sectionStyles.subheading}>
            {strings.presetChanges}
          </Body1>
          {changes.length === 0 ? (
            <Caption1>{strings.presetNoChanges}</Caption1>
          ) : (
            <ul className={styles.changes} aria-label={strings.presetChanges}>
              {changes.map((change) => (
                <li key={change.key}>
                  <Caption1>
                    {strings.presetChange({ label: change.label, from: change.from, to: change.to })}
                    {change.replacesOwnValue && (
                      <span className={styles.replaced}> ({strings.presetReplacesMark})</span>
                    )}
                  </Caption1>
                </li>
              ))}
            </ul>
          )}
          {replaces && <Notice intent="warning">{strings.presetReplaces}</Notice>}
          <div className={sectionStyles.actions}>
            <Button appearance="primary" onClick={apply}>
              {strings.presetApply}
            </Button>
            <Button onClick={() => setOpen(false)}>{strings.presetClose}</Button>
          </div>
        </div>
      )}
      {state.undo && undoLabel ? (
        <Notice
          intent="success"
          action={
            <Button
              onClick={() => {
                state.undoPreset();
                onApplied?.(strings.presetUndone);
              }}
            >
              {strings.presetUndo}
            </Button>
          }
        >
          {strings.presetDone({ label: undoLabel, changed: state.undo.changed })}
        </Notice>
      ) : (
        state.presetId && (
          <Caption1>{strings.presetApplied({ label: presetById(state.presetId)?.label[language] ?? '' })}</Caption1>
        )
      )}
    </>
  );
}
