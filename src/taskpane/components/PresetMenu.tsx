import * as React from 'react';
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from '@fluentui/react-components';
import { PRESETS, type PresetId } from '../../core/plan/presets';
import type { Language, Strings } from '../i18n/strings';

export interface PresetMenuProps {
  onApply: (id: PresetId) => void;
  strings: Strings;
  language: Language;
}

/** Fills every parameter from a preset: the regional rules, or a published local choice. */
export function PresetMenu({ onApply, strings, language }: PresetMenuProps): React.ReactElement {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton size="small">{strings.presetsButton}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {PRESETS.map((preset) => (
            <MenuItem key={preset.id} onClick={() => onApply(preset.id)}>
              {preset.label[language]}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
