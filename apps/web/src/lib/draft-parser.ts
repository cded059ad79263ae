/**
 * Forms edit text; entities hold numbers, lists and nulls. A `DraftParser` turns the text of
 * one form into values and collects a message per field for text that is not even the right
 * kind of value ("abc" in a number box). The domain rules (valid time zone, shares summing to
 * 100 %) stay with the API, whose issues are shown in the same places.
 */
export type DraftErrors = ReadonlyMap<string, string[]>;

export type DraftResult<T> = { ok: true; value: T } | { ok: false; errors: DraftErrors };

interface NumberRules {
  min?: number;
  max?: number;
  integer?: boolean;
}

export class DraftParser {
  private readonly messages = new Map<string, string[]>();

  get errors(): DraftErrors {
    return this.messages;
  }

  get ok(): boolean {
    return this.messages.size === 0;
  }

  add(field: string, message: string): void {
    this.messages.set(field, [...(this.messages.get(field) ?? []), message]);
  }

  /** Trimmed text; a message when it is required and blank. */
  text(field: string, value: string, label: string, required = true): string {
    const trimmed = value.trim();
    if (required && !trimmed) this.add(field, `${label} is required.`);
    return trimmed;
  }

  number(field: string, value: string, label: string, rules: NumberRules = {}): number {
    const parsed = this.optionalNumber(field, value, label, rules);
    if (parsed === undefined) {
      this.add(field, `${label} is required.`);
      return Number.NaN;
    }
    return parsed;
  }

  /** Blank → undefined; otherwise a number checked against simple bounds. */
  optionalNumber(field: string, value: string, label: string, rules: NumberRules = {}): number | undefined {
    const trimmed = value.trim().replace(',', '.');
    if (!trimmed) return undefined;
    const parsed = Number(trimmed);
    if (!Number.isFinite(parsed)) {
      this.add(field, `${label} must be a number (got "${value.trim()}").`);
      return Number.NaN;
    }
    if (rules.integer && !Number.isInteger(parsed)) this.add(field, `${label} must be a whole number.`);
    if (rules.min !== undefined && parsed < rules.min) this.add(field, `${label} must be at least ${rules.min}.`);
    if (rules.max !== undefined && parsed > rules.max) this.add(field, `${label} must be at most ${rules.max}.`);
    return parsed;
  }

  /** A percentage typed by a person ("30" or "30 %") as a 0..1 share. */
  percent(field: string, value: string, label: string, required = true): number | undefined {
    const stripped = value.replace('%', '');
    const parsed = required
      ? this.number(field, stripped, label, { min: 0, max: 100 })
      : this.optionalNumber(field, stripped, label, { min: 0, max: 100 });
    return parsed === undefined ? undefined : roundShare(parsed / 100);
  }

  result<T>(value: T): DraftResult<T> {
    return this.ok ? { ok: true, value } : { ok: false, errors: this.errors };
  }
}

/** 33.3 / 100 is 0.33299999999999996 in floating point; shares are kept to 6 decimals. */
export function roundShare(share: number): number {
  return Math.round(share * 1e6) / 1e6;
}

/** A 0..1 share as the percentage text a form shows ("0.333" → "33.3"). */
export function shareToPercentText(share: number | undefined | null): string {
  if (share === undefined || share === null) return '';
  return String(Math.round(share * 1e6) / 1e4);
}

/** "en, de ,ja" → ["en", "de", "ja"]; blanks and duplicates dropped. */
export function parseList(text: string): string[] {
  const items = text
    .split(/[,;\s]+/)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...new Set(items)];
}

export function listToText(items: readonly string[]): string {
  return items.join(', ');
}

export function numberToText(value: number | undefined | null): string {
  return value === undefined || value === null ? '' : String(value);
}
