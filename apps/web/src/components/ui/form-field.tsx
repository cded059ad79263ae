import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';

interface FieldShellProps {
  label: ReactNode;
  hint?: ReactNode;
  /** Messages for this field (from the API or the form's own parsing). */
  errors?: readonly string[];
  /** Take two grid columns (long options or values). */
  wide?: boolean;
  children: (ids: { inputId: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

/** Label, control, hint and error messages, wired together for screen readers. */
export function FieldShell({ label, hint, errors = [], wide, children }: FieldShellProps) {
  const inputId = useId();
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : '', errors.length ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={wide ? 'field field--wide' : 'field'}>
      <label htmlFor={inputId}>{label}</label>
      {children({ inputId, describedBy, invalid: errors.length > 0 })}
      {hint ? (
        <span id={hintId} className="field__hint">
          {hint}
        </span>
      ) : null}
      {errors.length ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  wide?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  value: string;
  onValueChange: (value: string) => void;
};

export function TextField({ label, hint, errors, wide, value, onValueChange, ...rest }: InputProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} wide={wide}>
      {({ inputId, describedBy, invalid }) => (
        <input
          id={inputId}
          type="text"
          {...rest}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onValueChange(event.target.value)}
        />
      )}
    </FieldShell>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & {
  label: ReactNode;
  wide?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  value: string;
  onValueChange: (value: string) => void;
  options: readonly { value: string; label: string }[];
};

export function SelectField({ label, hint, errors, wide, value, onValueChange, options, ...rest }: SelectProps) {
  return (
    <FieldShell label={label} hint={hint} errors={errors} wide={wide}>
      {({ inputId, describedBy, invalid }) => (
        <select
          id={inputId}
          {...rest}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          onChange={(event) => onValueChange(event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** A group of checkboxes (weekdays, marketplaces an event touches …) as one labelled fieldset. */
export function CheckboxGroup<V extends string | number>({
  legend,
  options,
  selected,
  onChange,
  errors = [],
  hint,
}: {
  legend: string;
  options: readonly { value: V; label: string }[];
  selected: readonly V[];
  onChange: (next: V[]) => void;
  errors?: readonly string[];
  hint?: ReactNode;
}) {
  const errorId = useId();
  const toggle = (value: V, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  return (
    <fieldset className="field" aria-describedby={errors.length ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="checks">
        {options.map((option) => (
          <label key={String(option.value)}>
            <input type="checkbox" checked={selected.includes(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            {option.label}
          </label>
        ))}
      </div>
      {hint ? <span className="field__hint">{hint}</span> : null}
      {errors.length ? (
        <p id={errorId} className="field__error">
          {errors.join(' ')}
        </p>
      ) : null}
    </fieldset>
  );
}
