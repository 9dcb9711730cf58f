import * as React from 'react';
import { useState } from 'react';
import { Badge, Body1, Caption1, Field, Link, Select } from '../ui';
import type { InventoryRead } from '../../excel/types';
import { FIELD_LABELS, FIELD_NAMES, REQUIRED_FIELDS, cellValue, columnLetter, toText } from '../../core/inventory';
import type { ParsedRows } from '../../core/inventory/parse';
import type { ColumnMapping as Mapping, FieldName } from '../../core/types';
import { fieldId } from '../hooks/useFocusRequest';
import type { Language, Strings } from '../i18n/strings';
import { sentenceText } from '../../core/messages';
import { Notice } from './Notice';
import { Section, useSectionStyles } from './Section';

export interface ColumnMappingProps {
  read: InventoryRead;
  /** The inventory's columns and problems (its dwellings are not needed). */
  inventory: ParsedRows;
  mapping: Mapping;
  onMap: (field: FieldName, index: number | undefined) => void;
  strings: Strings;
  language: Language;
  highlighted?: string;
  onEdited: (key: string) => void;
}

const isField = (value: string): value is FieldName => (FIELD_NAMES as readonly string[]).includes(value);

/** The columns recognised from the headers, and a choice for those the add-in could not place. */
export function ColumnMapping({
  read,
  inventory,
  mapping,
  onMap,
  strings,
  language,
  highlighted,
  onEdited,
}: ColumnMappingProps): React.ReactElement {
  const styles = useSectionStyles();
  const headerRow = read.grid[0] ?? [];
  const letter = (index: number): string => columnLetter(read.firstColumn + index);
  const header = (index: number): string => toText(cellValue(headerRow[index])) ?? strings.noHeader;
  const fieldLabel = (field: FieldName): string => FIELD_LABELS[field][language];

  const recognised = FIELD_NAMES.filter((field) => inventory.columns[field] !== undefined);
  const toMap = [...new Set([...inventory.unrecognised.map((entry) => entry.index), ...Object.values(mapping)])].sort(
    (a, b) => a - b,
  );
  const missing = REQUIRED_FIELDS.filter((field) => inventory.columns[field] === undefined);
  const fatal = inventory.fatal ? inventory.issues[0] : undefined;
  const fieldAt = (index: number): FieldName | undefined => FIELD_NAMES.find((field) => mapping[field] === index);
  // The recognised columns are a check, not a task: listed on request, or when something is amiss.
  const [showRecognised, setShowRecognised] = useState(false);
  const forced = inventory.fatal || missing.length > 0;
  const listOpen = showRecognised || forced;

  return (
    <Section title={strings.columnsHeading}>
      {fatal && (
        <Notice intent="error" title={strings.fatalTitle}>
          {sentenceText(fatal, language)}
        </Notice>
      )}
      {recognised.length === 0 ? (
        <Caption1>{strings.columnsNoneRecognised}</Caption1>
      ) : forced ? (
        <Body1 as="h4" className={styles.subheading}>
          {strings.columnsRecognised}
        </Body1>
      ) : (
        <Link as="button" inline={false} aria-expanded={listOpen} onClick={() => setShowRecognised((shown) => !shown)}>
          {listOpen
            ? strings.columnsRecognisedHide({ count: recognised.length })
            : strings.columnsRecognisedShow({ count: recognised.length })}
        </Link>
      )}
      {recognised.length > 0 && listOpen && (
        <ul className={styles.list} aria-label={strings.columnsRecognised}>
          {recognised.map((field) => {
            const index = inventory.columns[field] as number;
            return (
              <li key={field}>
                {strings.recognisedColumn({ field: fieldLabel(field), letter: letter(index), header: header(index) })}{' '}
                {mapping[field] !== undefined && <Badge appearance="tint">{strings.mappedByHand}</Badge>}
              </li>
            );
          })}
        </ul>
      )}
      {missing.length > 0 && (
        <>
          <Body1 as="h4" className={styles.subheading}>
            {strings.missingHeading}
          </Body1>
          {missing.map((field) => (
            <Field
              key={field}
              label={strings.missingFieldLabel({ field: fieldLabel(field) })}
              required
              validationState="error"
              validationMessage={strings.missingFieldMessage}
              className={highlighted === field ? styles.highlight : undefined}
            >
              <Select
                id={fieldId(field)}
                value=""
                onChange={(_, data) => {
                  if (data.value === '') return;
                  onMap(field, Number(data.value));
                  onEdited(field);
                }}
              >
                <option value="">{strings.chooseColumn}</option>
                {headerRow.map((_, index) => (
                  <option key={index} value={String(index)}>
                    {strings.columnFieldLabel({ letter: letter(index), header: header(index) })}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </>
      )}
      {toMap.length > 0 && (
        <>
          <Body1 as="h4" className={styles.subheading}>
            {strings.columnsToMap}
          </Body1>
          <Caption1>{strings.columnsToMapHint}</Caption1>
          {toMap.map((index) => (
            <Field key={index} label={strings.columnFieldLabel({ letter: letter(index), header: header(index) })}>
              <Select
                value={fieldAt(index) ?? ''}
                onChange={(_, data) => {
                  const previous = fieldAt(index);
                  if (isField(data.value)) {
                    onMap(data.value, index);
                    onEdited(data.value);
                  } else if (previous) onMap(previous, undefined);
                }}
              >
                <option value="">{strings.ignoreColumn}</option>
                {FIELD_NAMES.map((field) => (
                  <option key={field} value={field}>
                    {fieldLabel(field)}
                  </option>
                ))}
              </Select>
            </Field>
          ))}
        </>
      )}
    </Section>
  );
}
