/**
 * The pane's controls, on native elements, with the props the pane uses (the names and the
 * `onChange(event, data)` shape are Fluent UI v9's, whose look they keep: css.ts).
 */
import * as React from 'react';
import { UI_CSS } from './css';
import { addCss, flushStyles, mergeClasses as cx } from './styles';
import { darkTheme, lightTheme, themeVariables, type Theme } from './tokens';

addCss(UI_CSS);

/** An id unique in the page, starting with `prefix` (usable in aria attributes and selectors). */
export function useId(prefix = 'ui-'): string {
  return prefix + React.useId().replace(/:/g, '');
}

type Html = React.HTMLAttributes<HTMLElement>;

// ---------------------------------------------------------------------------------------------
// Theme

export interface ThemeProviderProps extends Html {
  theme?: Theme;
  style?: React.CSSProperties;
}

/** Sets the theme's tokens as CSS custom properties on a root element, and its base font and colours. */
export function ThemeProvider({
  theme = lightTheme,
  className,
  style,
  ...rest
}: ThemeProviderProps): React.ReactElement {
  flushStyles();
  return (
    <div
      {...rest}
      className={cx('ui-provider', className)}
      data-theme={theme === darkTheme ? 'dark' : 'light'}
      // Native parts (scrollbars, the checkboxes, a select's list) in the theme's colours too.
      style={{ ...themeVariables(theme), colorScheme: theme === darkTheme ? 'dark' : 'light', ...style }}
    />
  );
}

// ---------------------------------------------------------------------------------------------
// Text

export interface TextProps extends Html {
  as?: 'span' | 'p' | 'div' | 'h1' | 'h2' | 'h3' | 'h4' | 'label';
}

function textOf(variant?: string) {
  return function TextVariant({ as: Tag = 'span', className, ...rest }: TextProps): React.ReactElement {
    return <Tag {...rest} className={cx('ui-Text', variant, className)} />;
  };
}

export const Text = textOf();
export const Body1 = textOf();
export const Caption1 = textOf('ui-Caption1');
export const Subtitle2 = textOf('ui-Subtitle2');

export interface LabelProps extends React.LabelHTMLAttributes<HTMLLabelElement> {
  required?: boolean;
}

export function Label({ required, className, children, ...rest }: LabelProps): React.ReactElement {
  return (
    <label {...rest} className={cx('ui-Label', className)}>
      {children}
      {required && (
        <span aria-hidden="true" className="ui-Label__required">
          *
        </span>
      )}
    </label>
  );
}

// ---------------------------------------------------------------------------------------------
// Field: a label, a control, its validation message and hint, wired by ids

interface FieldControlContext {
  id: string;
  labelId?: string;
  describedBy?: string;
  invalid: boolean;
  required?: boolean;
}

const FieldContext = React.createContext<FieldControlContext | undefined>(undefined);

interface ControlProps {
  id?: string;
  'aria-labelledby'?: string;
  'aria-describedby'?: string;
  'aria-invalid'?: React.AriaAttributes['aria-invalid'];
  'aria-required'?: React.AriaAttributes['aria-required'];
  required?: boolean;
}

/**
 * A control's props inside a Field: its id (the label's `for`), the validation message and hint
 * as its description, aria-invalid when the field is in error, required. Controls that a
 * <label> cannot name (a radio group, a progress bar) are named by the label's id.
 */
function useFieldControl<P extends ControlProps>(props: P, labelable: boolean): P {
  const field = React.useContext(FieldContext);
  if (!field) return props;
  const merged: P = { ...props, id: props.id ?? field.id };
  if (field.labelId && (!labelable || merged.id !== field.id)) {
    merged['aria-labelledby'] = props['aria-labelledby'] ?? field.labelId;
  }
  const describedBy = [field.describedBy, props['aria-describedby']].filter(Boolean).join(' ');
  if (describedBy) merged['aria-describedby'] = describedBy;
  if (field.invalid) merged['aria-invalid'] = props['aria-invalid'] ?? true;
  if (field.required) {
    if (labelable) merged.required = props.required ?? true;
    else merged['aria-required'] = props['aria-required'] ?? true;
  }
  return merged;
}

export interface FieldProps {
  label?: React.ReactNode;
  hint?: React.ReactNode;
  required?: boolean;
  validationState?: 'error' | 'warning' | 'success' | 'none';
  validationMessage?: React.ReactNode;
  className?: string;
  children?: React.ReactNode;
}

export function Field({
  label,
  hint,
  required,
  validationState,
  validationMessage,
  className,
  children,
}: FieldProps): React.ReactElement {
  const base = useId('field-');
  const state = validationState ?? (validationMessage ? 'error' : 'none');
  // The control's own id, when it has one, is the one the label points to.
  const ownId = React.isValidElement<{ id?: string }>(children) ? children.props.id : undefined;
  const id = ownId ?? `${base}-control`;
  const labelId = label ? `${base}-label` : undefined;
  const messageId = validationMessage ? `${base}-message` : undefined;
  const hintId = hint ? `${base}-hint` : undefined;
  const context: FieldControlContext = {
    id,
    labelId,
    describedBy: [messageId, hintId].filter(Boolean).join(' ') || undefined,
    invalid: state === 'error',
    required,
  };
  return (
    <div className={cx('ui-Field', className)}>
      {label && (
        <Label id={labelId} htmlFor={id} required={required} className="ui-Field__label">
          {label}
        </Label>
      )}
      <FieldContext.Provider value={context}>{children}</FieldContext.Provider>
      {validationMessage && (
        <div
          id={messageId}
          role={state === 'error' || state === 'warning' ? 'alert' : undefined}
          className={cx('ui-Field__message', state === 'error' && 'ui-Field__message--error')}
        >
          {state === 'error' && (
            <span className="ui-Field__icon" aria-hidden="true">
              <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
                <circle cx="6" cy="6" r="6" fill="currentColor" />
                <path d="M4 4l4 4m0-4l-4 4" stroke="var(--colorNeutralBackground1)" strokeWidth="1.2" />
              </svg>
            </span>
          )}
          {validationMessage}
        </div>
      )}
      {hint && (
        <div id={hintId} className="ui-Field__hint">
          {hint}
        </div>
      )}
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Buttons and links

export interface ButtonProps extends React.ButtonHTMLAttributes<HTMLButtonElement> {
  appearance?: 'primary' | 'secondary' | 'subtle' | 'transparent';
  size?: 'small' | 'medium';
  icon?: React.ReactElement;
  /** Looks and acts disabled, but keeps the focus (aria-disabled), so its description can be read. */
  disabledFocusable?: boolean;
}

export function Button({
  appearance = 'secondary',
  size = 'medium',
  icon,
  disabled,
  disabledFocusable,
  className,
  onClick,
  children,
  ...rest
}: ButtonProps): React.ReactElement {
  const hasText = children !== undefined && children !== null && children !== false;
  return (
    <button
      type="button"
      {...rest}
      className={cx(
        'ui-Button',
        appearance !== 'secondary' && `ui-Button--${appearance}`,
        size === 'small' && 'ui-Button--small',
        icon && !hasText && 'ui-Button--icon',
        className,
      )}
      disabled={disabled && !disabledFocusable}
      aria-disabled={disabledFocusable || undefined}
      onClick={disabled || disabledFocusable ? undefined : onClick}
    >
      {icon && <span className="ui-Button__icon">{icon}</span>}
      {hasText && (icon ? <span>{children}</span> : children)}
    </button>
  );
}

export interface LinkProps extends React.AnchorHTMLAttributes<HTMLElement> {
  as?: 'a' | 'button';
  /** Underlined, in the flow of a sentence. */
  inline?: boolean;
}

export function Link({ as, inline, className, ...rest }: LinkProps): React.ReactElement {
  const classes = cx('ui-Link', inline && 'ui-Link--inline', className);
  if ((as ?? (rest.href === undefined ? 'button' : 'a')) === 'button') {
    return <button type="button" {...(rest as React.ButtonHTMLAttributes<HTMLButtonElement>)} className={classes} />;
  }
  return <a {...rest} className={classes} />;
}

// ---------------------------------------------------------------------------------------------
// Text fields, select

type ChangeHandler<E, D> = (event: React.ChangeEvent<E>, data: D) => void;

export interface InputProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'size'> {
  contentAfter?: React.ReactNode;
  onChange?: ChangeHandler<HTMLInputElement, { value: string }>;
}

export function Input({ className, contentAfter, onChange, type = 'text', ...props }: InputProps): React.ReactElement {
  const control = useFieldControl(props, true);
  return (
    <span className={cx('ui-Input', className)}>
      <input
        {...control}
        type={type}
        className="ui-Input__input"
        onChange={(event) => onChange?.(event, { value: event.target.value })}
      />
      {contentAfter && <span className="ui-Input__after">{contentAfter}</span>}
    </span>
  );
}

export interface TextareaProps extends Omit<React.TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange'> {
  resize?: 'none' | 'vertical' | 'horizontal' | 'both';
  onChange?: ChangeHandler<HTMLTextAreaElement, { value: string }>;
}

export function Textarea({ className, resize = 'none', onChange, ...props }: TextareaProps): React.ReactElement {
  const control = useFieldControl(props, true);
  return (
    <span className={cx('ui-Textarea', className)}>
      <textarea
        {...control}
        className="ui-Textarea__textarea"
        style={{ resize }}
        onChange={(event) => onChange?.(event, { value: event.target.value })}
      />
    </span>
  );
}

export interface SelectProps extends Omit<React.SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'size'> {
  onChange?: ChangeHandler<HTMLSelectElement, { value: string }>;
}

export function Select({ className, onChange, children, ...props }: SelectProps): React.ReactElement {
  const control = useFieldControl(props, true);
  return (
    <span className={cx('ui-Select', className)}>
      <select
        {...control}
        className="ui-Select__select"
        onChange={(event) => onChange?.(event, { value: event.target.value })}
      >
        {children}
      </select>
      <span className="ui-Select__icon" aria-hidden="true">
        <svg width="12" height="12" viewBox="0 0 12 12" focusable="false">
          <path d="M2.5 4.5L6 8l3.5-3.5" stroke="currentColor" strokeWidth="1.2" fill="none" />
        </svg>
      </span>
    </span>
  );
}

// ---------------------------------------------------------------------------------------------
// Checkbox, radio

export interface CheckboxProps extends Omit<React.InputHTMLAttributes<HTMLInputElement>, 'onChange'> {
  label?: React.ReactNode;
  onChange?: ChangeHandler<HTMLInputElement, { checked: boolean }>;
}

/** A native checkbox inside its label (the label names it; a click on the text ticks it). */
export function Checkbox({ label, className, onChange, ...props }: CheckboxProps): React.ReactElement {
  return (
    <label className={cx('ui-Check', className)}>
      <input
        {...props}
        type="checkbox"
        className="ui-Check__input"
        onChange={(event) => onChange?.(event, { checked: event.target.checked })}
      />
      {label && <span className="ui-Check__label">{label}</span>}
    </label>
  );
}

interface RadioGroupContext {
  name: string;
  value?: string;
  onChange: (event: React.ChangeEvent<HTMLInputElement>, value: string) => void;
}

const RadioContext = React.createContext<RadioGroupContext | undefined>(undefined);

export interface RadioGroupProps extends Omit<Html, 'onChange'> {
  value?: string;
  onChange?: ChangeHandler<HTMLInputElement, { value: string }>;
}

/** Native radios sharing one name (arrow keys move between them), in a role="radiogroup". */
export function RadioGroup({ value, onChange, className, children, ...props }: RadioGroupProps): React.ReactElement {
  const name = useId('radios-');
  const control = useFieldControl(props, false);
  return (
    <div {...control} role="radiogroup" className={cx('ui-RadioGroup', className)}>
      <RadioContext.Provider value={{ name, value, onChange: (event, next) => onChange?.(event, { value: next }) }}>
        {children}
      </RadioContext.Provider>
    </div>
  );
}

export interface RadioProps {
  value: string;
  label?: React.ReactNode;
  className?: string;
}

export function Radio({ value, label, className }: RadioProps): React.ReactElement {
  const group = React.useContext(RadioContext);
  return (
    <label className={cx('ui-Check', className)}>
      <input
        type="radio"
        className="ui-Check__input"
        name={group?.name}
        value={value}
        checked={group?.value === value}
        onChange={(event) => group?.onChange(event, value)}
      />
      {label && <span className="ui-Check__label">{label}</span>}
    </label>
  );
}

// ---------------------------------------------------------------------------------------------
// Progress

export interface SpinnerProps {
  size?: 'tiny';
  className?: string;
  /** What is under way, for screen readers; without it the spinner is decoration (a text beside it says it). */
  label?: string;
}

export function Spinner({ className, label }: SpinnerProps): React.ReactElement {
  return label ? (
    <span role="progressbar" aria-label={label} className={cx('ui-Spinner', className)} />
  ) : (
    <span aria-hidden="true" className={cx('ui-Spinner', className)} />
  );
}

export interface ProgressBarProps extends ControlProps {
  /** From 0 to 1; undefined while the total is not known (an animated bar). */
  value?: number;
  className?: string;
}

export function ProgressBar({ value, className, ...props }: ProgressBarProps): React.ReactElement {
  const control = useFieldControl(props, false);
  const known = value !== undefined;
  return (
    <div
      {...control}
      role="progressbar"
      aria-valuemin={known ? 0 : undefined}
      aria-valuemax={known ? 1 : undefined}
      aria-valuenow={known ? value : undefined}
      className={cx('ui-ProgressBar', className)}
    >
      <div
        className={cx('ui-ProgressBar__bar', !known && 'ui-ProgressBar__bar--indeterminate')}
        style={known ? { width: `${Math.min(100, Math.max(0, value * 100))}%` } : undefined}
      />
    </div>
  );
}

// ---------------------------------------------------------------------------------------------
// Badges

export function Badge({
  children,
  className,
}: {
  appearance?: 'tint';
  children?: React.ReactNode;
  className?: string;
}): React.ReactElement {
  return <span className={cx('ui-Badge', 'ui-Badge--tint', className)}>{children}</span>;
}

export interface CounterBadgeProps extends Html {
  count: number;
  showZero?: boolean;
  overflowCount?: number;
  color?: 'danger' | 'informative';
}

export function CounterBadge({
  count,
  showZero,
  overflowCount = 99,
  color = 'danger',
  className,
  ...rest
}: CounterBadgeProps): React.ReactElement | null {
  if (count === 0 && !showZero) return null;
  return (
    <span {...rest} className={cx('ui-Badge', `ui-Badge--${color}`, className)}>
      {count > overflowCount ? `${overflowCount}+` : count}
    </span>
  );
}

// ---------------------------------------------------------------------------------------------
// Message bar

export type MessageIntent = 'info' | 'success' | 'warning' | 'error';

/** The mark inside the intent's filled circle (a triangle for warnings). */
const INTENT_ICONS: Record<MessageIntent, string> = {
  info: 'M10 9v4.5M10 6.5v.1',
  success: 'M6.5 10.2l2.4 2.4 4.6-4.8',
  warning: 'M10 7.5v3.5M10 13.8v.1',
  error: 'M7.5 7.5l5 5m0-5l-5 5',
};

export interface MessageBarProps extends Html {
  intent?: MessageIntent;
}

/** True inside a LiveRegion: what appears there is already read out by the region. */
const InLiveRegion = React.createContext(false);

export interface LiveRegionProps extends Html {
  role: 'alert' | 'status';
}

/**
 * A live region that is in the page before anything appears in it (screen readers read out what
 * is added to a region they already know): the message bars inside it take no role of their own,
 * so that a message is read out once, not once by the region and once by the bar.
 */
export function LiveRegion({ children, ...rest }: LiveRegionProps): React.ReactElement {
  return (
    <div {...rest}>
      <InLiveRegion.Provider value={true}>{children}</InLiveRegion.Provider>
    </div>
  );
}

/**
 * A message in a coloured box with the intent's icon; errors and warnings are alerts (read out at
 * once), information and success a status (read out when the reader is idle), unless the bar is
 * inside a LiveRegion, which reads it out.
 */
export function MessageBar({ intent = 'info', className, children, ...rest }: MessageBarProps): React.ReactElement {
  const inLiveRegion = React.useContext(InLiveRegion);
  return (
    <div
      role={inLiveRegion ? undefined : intent === 'error' || intent === 'warning' ? 'alert' : 'status'}
      {...rest}
      className={cx('ui-MessageBar', `ui-MessageBar--${intent}`, className)}
    >
      <span className="ui-MessageBar__icon" aria-hidden="true">
        <svg width="20" height="20" viewBox="0 0 20 20" focusable="false">
          {intent === 'warning' ? (
            <path
              d="M8.7 2.8a1.5 1.5 0 012.6 0l6.6 12A1.5 1.5 0 0116.6 17H3.4a1.5 1.5 0 01-1.3-2.2z"
              fill="currentColor"
            />
          ) : (
            <circle cx="10" cy="10" r="8" fill="currentColor" />
          )}
          <path
            d={INTENT_ICONS[intent]}
            fill="none"
            stroke="var(--colorNeutralBackground1)"
            strokeWidth="1.5"
            strokeLinecap="round"
          />
        </svg>
      </span>
      {children}
    </div>
  );
}

export function MessageBarBody({ children }: { children?: React.ReactNode }): React.ReactElement {
  return <div className="ui-MessageBar__body">{children}</div>;
}

export function MessageBarTitle({ children }: { children?: React.ReactNode }): React.ReactElement {
  return <span className="ui-MessageBar__title">{children}</span>;
}

/** The action at the end of the bar (a button). */
export function MessageBarActions({ containerAction }: { containerAction?: React.ReactNode }): React.ReactElement {
  return <div className="ui-MessageBar__actions">{containerAction}</div>;
}
