/** @jest-environment jsdom */
import '../../helpers/jsdom-setup';
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/tokens';
import {
  Button,
  Checkbox,
  CounterBadge,
  Field,
  Input,
  Link,
  LiveRegion,
  ProgressBar,
  Radio,
  RadioGroup,
  Select,
  Spinner,
  Textarea,
  ThemeProvider,
  darkTheme,
  lightTheme,
  makeStyles,
  mergeClasses,
  tokens,
} from '../../../src/taskpane/ui';
import { UI_CSS } from '../../../src/taskpane/ui/css';
import { toCss } from '../../../src/taskpane/ui/styles';
import { Notice } from '../../../src/taskpane/components/Notice';

/** The pane's own UI layer (src/taskpane/ui): Fluent UI's look and behaviour on native elements. */

describe('the theme is Fluent UI’s', () => {
  test('every token of the light and the dark table has the value of webLightTheme / webDarkTheme', () => {
    const names = Object.keys(lightTheme) as (keyof typeof lightTheme)[];
    expect(names.length).toBeGreaterThan(80);
    expect(Object.keys(darkTheme).sort()).toEqual([...names].sort());
    for (const name of names) {
      expect([name, lightTheme[name]]).toEqual([name, (webLightTheme as Record<string, unknown>)[name]]);
      expect([name, darkTheme[name]]).toEqual([name, (webDarkTheme as Record<string, unknown>)[name]]);
    }
    // The two differ where a dark pane must: its background and text.
    expect(darkTheme.colorNeutralBackground1).not.toBe(lightTheme.colorNeutralBackground1);
    expect(lightTheme.fontFamilyBase).toMatch(/^'Segoe UI'/);
  });

  test('tokens are the CSS custom properties the provider sets', () => {
    expect(tokens.colorNeutralBackground1).toBe('var(--colorNeutralBackground1)');
    expect(tokens.spacingHorizontalM).toBe('var(--spacingHorizontalM)');
  });

  test('the controls’ CSS uses only tokens of the table (none would be left unset)', () => {
    const used = [...new Set([...UI_CSS.matchAll(/var\(--([a-zA-Z0-9]+)\)/g)].map((match) => match[1]))];
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((name) => !(name in lightTheme))).toEqual([]);
  });

  test('the provider sets the theme’s variables, and switching the theme changes them', () => {
    const { rerender } = render(
      <ThemeProvider theme={lightTheme} data-testid="root">
        text
      </ThemeProvider>,
    );
    const root = screen.getByTestId('root');
    expect(root.style.getPropertyValue('--colorNeutralBackground1')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--colorBrandBackground')).toBe(webLightTheme.colorBrandBackground);
    expect(root).toHaveAttribute('data-theme', 'light');
    rerender(
      <ThemeProvider theme={darkTheme} data-testid="root">
        text
      </ThemeProvider>,
    );
    expect(root.style.getPropertyValue('--colorNeutralBackground1')).toBe(webDarkTheme.colorNeutralBackground1);
    expect(root.style.getPropertyValue('--colorNeutralForeground1')).toBe(webDarkTheme.colorNeutralForeground1);
    expect(root.style.getPropertyValue('color-scheme')).toBe('dark');
    expect(root).toHaveAttribute('data-theme', 'dark');
    // The controls' CSS is in the page once, inside the bundle's JavaScript.
    expect(document.querySelectorAll('style#casa-styles')).toHaveLength(1);
    expect(document.getElementById('casa-styles')?.textContent).toContain('.ui-Button{');
  });
});

describe('makeStyles', () => {
  test('turns style objects into CSS: properties, pseudo-classes, nested and listed selectors, media queries', () => {
    expect(
      toCss('.a', {
        minWidth: 0,
        borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
        ':hover': { backgroundColor: 'red' },
        ':hover:active,:focus-visible': { color: 'blue' },
        '& .b': { flex: 1 },
        '@media (forced-colors: active)': { borderColor: 'CanvasText', ':focus': { outline: 'none' } },
        '--custom': '2px',
        skipped: undefined,
      }),
    ).toBe(
      '.a{min-width:0;border-top:1px solid var(--colorNeutralStroke2);--custom:2px;}' +
        '.a:hover{background-color:red;}' +
        '.a:hover:active,.a:focus-visible{color:blue;}' +
        '.a .b{flex:1;}' +
        '@media (forced-colors: active){.a{border-color:CanvasText;}.a:focus{outline:none;}}',
    );
  });

  test('gives each rule its own class, written into the page at the first render, later rules after earlier ones', () => {
    const useFirst = makeStyles({ one: { color: 'red' }, two: { color: 'green' } });
    const useSecond = makeStyles({ three: { color: 'blue' } });
    function Probe(): React.ReactElement {
      const first = useFirst();
      const second = useSecond();
      return (
        <span data-testid="probe" className={mergeClasses(first.one, false, undefined, first.two, second.three)} />
      );
    }
    render(<Probe />);
    const classes = screen.getByTestId('probe').className.split(' ');
    expect(classes).toHaveLength(3);
    expect(new Set(classes).size).toBe(3);
    const css = document.getElementById('casa-styles')?.textContent ?? '';
    const at = (className: string): number => css.indexOf(`.${className}{`);
    expect(at(classes[0])).toBeGreaterThan(-1);
    expect(at(classes[0])).toBeLessThan(at(classes[1]));
    expect(at(classes[1])).toBeLessThan(at(classes[2]));
    // The UI layer's own rules come first: a pane's class overrides a control's base style.
    expect(css.indexOf('.ui-Button{')).toBeLessThan(at(classes[0]));
  });
});

describe('Field', () => {
  test('labels its control, and describes it by the validation message (an alert) and the hint', () => {
    render(
      <Field
        label="Anno del piano"
        hint="Predefinito: 2022"
        validationState="error"
        validationMessage="Anno non valido"
      >
        <Input value="1999" onChange={() => undefined} />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Anno del piano' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Anno non valido Predefinito: 2022');
    const message = screen.getByRole('alert');
    expect(message).toHaveTextContent('Anno non valido');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);
  });

  test('a valid field is not invalid, and a control’s own id is the one its label points to', () => {
    render(
      <Field label="Ambito" hint="Come nell’accordo" required>
        <Input id="param-ambito" value="" onChange={() => undefined} />
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: /^Ambito/ });
    expect(input).toHaveAttribute('id', 'param-ambito');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).toBeRequired();
    expect(input).toHaveAccessibleDescription('Come nell’accordo');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('names a radio group, a select, a text area and a progress bar', () => {
    render(
      <>
        <Field label="Ordine">
          <RadioGroup value="b" onChange={() => undefined}>
            <Radio value="a" label="Prima" />
            <Radio value="b" label="Dopo" />
          </RadioGroup>
        </Field>
        <Field label="Colonna">
          <Select value="" onChange={() => undefined}>
            <option value="">Scegliete</option>
          </Select>
        </Field>
        <Field label="Descrizione">
          <Textarea value="" onChange={() => undefined} />
        </Field>
        <Field label="Lette 10 righe su 40">
          <ProgressBar value={0.25} />
        </Field>
      </>,
    );
    expect(screen.getByRole('radiogroup', { name: 'Ordine' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Dopo' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Colonna' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Descrizione' })).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Lette 10 righe su 40' })).toHaveAttribute('aria-valuenow', '0.25');
  });
});

describe('controls', () => {
  test('a button disabled but focusable says so (aria-disabled) and does nothing; a disabled one is disabled', () => {
    const onClick = jest.fn();
    render(
      <>
        <Button appearance="primary" disabledFocusable onClick={onClick}>
          Crea piano
        </Button>
        <Button disabled onClick={onClick}>
          Leggi
        </Button>
        <Button onClick={onClick}>Salva</Button>
      </>,
    );
    const create = screen.getByRole('button', { name: 'Crea piano' });
    expect(create).toHaveAttribute('aria-disabled', 'true');
    expect(create).not.toBeDisabled();
    create.focus();
    expect(create).toHaveFocus();
    fireEvent.click(create);
    expect(screen.getByRole('button', { name: 'Leggi' })).toBeDisabled();
    expect(onClick).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Salva' }));
    expect(onClick).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('button', { name: 'Salva' })).toHaveAttribute('type', 'button');
  });

  test('a link is a link with an address, a button without', () => {
    render(
      <>
        <Link href="https://example.org/help" target="_blank" rel="noopener">
          Guida
        </Link>
        <Link as="button" inline onClick={() => undefined}>
          Mostra
        </Link>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Guida' })).toHaveAttribute('href', 'https://example.org/help');
    expect(screen.getByRole('button', { name: 'Mostra' })).toHaveClass('ui-Link');
  });

  test('checkboxes, radios, selects and text fields report their new value as Fluent’s did: (event, data)', () => {
    const changes: unknown[] = [];
    render(
      <>
        <Checkbox label="Anno del modello" checked={false} onChange={(_, data) => changes.push(data)} />
        <RadioGroup aria-label="Modelli" value="a" onChange={(_, data) => changes.push(data)}>
          <Radio value="a" label="Regionale" />
          <Radio value="b" label="Cremona 2022" />
        </RadioGroup>
        <Select aria-label="Ente" value="" onChange={(_, data) => changes.push(data)}>
          <option value="">-</option>
          <option value="ALER">ALER</option>
        </Select>
        <Input aria-label="Valore" value="" onChange={(_, data) => changes.push(data)} />
      </>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anno del modello' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Cremona 2022' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Ente' }), { target: { value: 'ALER' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Valore' }), { target: { value: '10' } });
    expect(changes).toEqual([{ checked: true }, { value: 'b' }, { value: 'ALER' }, { value: '10' }]);
    // One group: the radios share a name, so that the arrow keys move between them.
    const [first, second] = screen.getAllByRole('radio') as HTMLInputElement[];
    expect(first.name).not.toBe('');
    expect(first.name).toBe(second.name);
  });

  test('a counter badge shows zero when asked, and its name', () => {
    render(<CounterBadge count={0} showZero color="informative" role="img" aria-label="Nessun problema" />);
    expect(screen.getByRole('img', { name: 'Nessun problema' })).toHaveTextContent('0');
  });
});

describe('spinners', () => {
  test('a spinner with a label is a progress bar of that name; without one it is hidden from screen readers', () => {
    const { container, rerender } = render(<Spinner size="tiny" label="In corso…" />);
    expect(screen.getByRole('progressbar', { name: 'In corso…' })).toHaveClass('ui-Spinner');
    // Beside a text that says what is under way (the footer's «Creazione del foglio in corso…»).
    rerender(<Spinner size="tiny" />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(container.querySelector('.ui-Spinner')).toHaveAttribute('aria-hidden', 'true');
  });
});

describe('message bars', () => {
  test.each([
    ['error', 'alert'],
    ['warning', 'alert'],
    ['success', 'status'],
    ['info', 'status'],
  ] as const)('%s: role %s, the intent as data-intent, title then text', (intent, role) => {
    render(
      <Notice intent={intent} title="Titolo">
        Testo del messaggio
      </Notice>,
    );
    const bar = screen.getByRole(role);
    expect(bar).toHaveAttribute('data-intent', intent);
    expect(bar).toHaveClass(`ui-MessageBar--${intent}`);
    // The space after the title is CSS's (::after), as in Fluent UI.
    expect(bar).toHaveTextContent(/^Titolo\s*Testo del messaggio$/);
  });

  test('inside a live region a bar is read out once: by the region, the bar has no role of its own', () => {
    const { rerender } = render(<LiveRegion role="alert" />);
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    rerender(
      <LiveRegion role="alert">
        <Notice intent="error" title="Lettura non riuscita">
          Il foglio non esiste più.
        </Notice>
      </LiveRegion>,
    );
    // One alert (the region, already in the page), holding the message; no status either.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    expect(screen.getByRole('alert')).toHaveTextContent(/Lettura non riuscita\s*Il foglio non esiste più\./);
    expect(screen.queryByRole('status')).toBeNull();
    expect(document.querySelector('[data-intent="error"]')).not.toHaveAttribute('role');
  });
});
