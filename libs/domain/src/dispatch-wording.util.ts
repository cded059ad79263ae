import type { DispatchStep } from './dispatch-during.util';
import type { Marketplace } from './scenario.types';

/**
 * A dispatch rule in words on the site's clock, one line per step: "08:00–12:00 Amazon DE
 * Urgent → Amazon DE Standard → Amazon US Standard". Queues are named by marketplace and
 * class; one the setup no longer has keeps its key.
 */
export function describeDispatch(steps: readonly DispatchStep[], marketplaces: readonly Marketplace[]): string[] {
  const name = (key: string) => {
    const [marketplaceId, classId] = key.split('/');
    const marketplace = marketplaces.find((m) => m.id === marketplaceId);
    const priority = marketplace?.classes.find((c) => c.id === classId);
    return marketplace && priority ? `${marketplace.name} ${priority.name}` : key;
  };
  return steps.map((step) => `${step.localFrom}–${step.localTo} ${step.queues.map(name).join(' → ')}`);
}
