import * as React from 'react';
import { Caption1, Checkbox, Label, makeStyles, tokens, useId } from '../ui';
import { CATEGORIE_ART14, CATEGORIE_ART14_LABELS, type CategoriaArt14 } from '../../core/plan/params';
import { fieldId } from '../hooks/useFocusRequest';
import type { Language, Strings } from '../i18n/strings';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
});

export interface ReserveCategoriesProps {
  selected: readonly CategoriaArt14[];
  onChange: (categories: CategoriaArt14[]) => void;
  /** The legal reference of the reserve (R.R. 4/2017 art. 4 c. 3 lett. c bis). */
  reference: string;
  strings: Strings;
  language: Language;
}

/**
 * The art. 14 categories the reserve serves (from 2025), one checkbox each, in the order of the
 * regulation. Self-contained: the form gives the ticked ones and receives the new list.
 */
export function ReserveCategories({
  selected,
  onChange,
  reference,
  strings,
  language,
}: ReserveCategoriesProps): React.ReactElement {
  const styles = useStyles();
  const toggle = (category: CategoriaArt14, checked: boolean): void => {
    const next = new Set(selected);
    if (checked) next.add(category);
    else next.delete(category);
    onChange(CATEGORIE_ART14.filter((candidate) => next.has(candidate)));
  };
  const labelId = useId('reserve-categories-');
  const hintId = useId('reserve-categories-hint-');
  // A group of checkboxes, not a Field: a Field labels one control, and would name every box after it.
  return (
    <div
      id={fieldId('riservaCategorie')}
      role="group"
      aria-labelledby={labelId}
      aria-describedby={hintId}
      className={styles.group}
    >
      <Label id={labelId}>{strings.reserveCategoriesLabel}</Label>
      <Caption1 id={hintId}>{strings.reserveCategoriesHint({ reference })}</Caption1>
      {CATEGORIE_ART14.map((category) => (
        <Checkbox
          key={category}
          label={CATEGORIE_ART14_LABELS[category][language]}
          checked={selected.includes(category)}
          onChange={(_, data) => toggle(category, data.checked === true)}
        />
      ))}
    </div>
  );
}
