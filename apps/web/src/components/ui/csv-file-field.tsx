import { useId } from 'react';

/** A labelled file input for one CSV file; `onFile` gets the chosen file (null when cleared). */
export function CsvFileField({ label, onFile }: { label: string; onFile: (file: File | null) => void }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="file" accept=".csv,text/csv" onChange={(event) => onFile(event.target.files?.[0] ?? null)} />
    </div>
  );
}
