import type { RotaPin } from '../api/rota.types';

/** A pin in words: "Maria Santos on manila-8h 02:00, 2026-11-23" or "Maria Santos off 2026-11-24". */
export function pinText(pin: Pick<RotaPin, 'agentId' | 'shift' | 'date' | 'off'>, agentName: (id: string) => string): string {
  const who = agentName(pin.agentId);
  if (pin.shift) return `${who} on ${pin.shift.templateId} at ${pin.shift.localStart}, ${pin.shift.date}`;
  return `${who} off ${pin.date ?? ''}`.trim();
}
