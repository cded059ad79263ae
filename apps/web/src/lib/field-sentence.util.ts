/**
 * The API names a refused field by its path and says what is wrong in a fragment
 * ({ path: '/newPassword', message: 'must have at least 10 characters' }); under the field the
 * fragment becomes a sentence about it: "New password must have at least 10 characters."
 * Messages that are sentences already (or name the field themselves) are kept, capitalised.
 */
export function fieldSentence(label: string, field: string, message: string): string {
  const text = message.trim();
  if (!text) return text;
  const withStop = /[.!?]$/.test(text) ? text : `${text}.`;
  const startsLower = /^[a-z]/.test(text);
  const namesField = text.toLowerCase().startsWith(field.toLowerCase());
  if (startsLower && !namesField) return `${label} ${withStop}`;
  return `${withStop[0].toUpperCase()}${withStop.slice(1)}`;
}
