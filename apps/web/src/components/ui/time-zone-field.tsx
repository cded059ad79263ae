import { useId, useMemo } from 'react';
import { formatTimeZone } from '../../lib/format/format-time-zone.util';
import { TextField } from './form-field';

function knownZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** An IANA zone typed or picked from the browser's list, named ("Pacific Time (GMT-7)") below. */
export function TimeZoneField({
  label,
  value,
  onValueChange,
  errors,
  hint,
  required,
}: {
  label: string;
  value: string;
  onValueChange: (zone: string) => void;
  errors?: readonly string[];
  hint?: string;
  required?: boolean;
}) {
  const listId = useId();
  const zones = useMemo(knownZones, []);
  const named = value && zones.includes(value) ? formatTimeZone(value) : '';
  return (
    <>
      <TextField
        label={label}
        value={value}
        onValueChange={onValueChange}
        errors={errors}
        list={listId}
        autoComplete="off"
        placeholder="e.g. Asia/Shanghai"
        required={required}
        hint={named ? `${named}${hint ? ` · ${hint}` : ''}` : (hint ?? 'IANA name, e.g. America/New_York')}
      />
      <datalist id={listId}>
        {zones.map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
    </>
  );
}
