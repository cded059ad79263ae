import type { AutoReplyOverride, EffectiveScenario } from '../scenario-definition.types';
import { requireMarketplace } from './override-lookup.util';

/**
 * Business rule: in auto-reply hours buyers get an instant acknowledgement, so those messages
 * leave the perceived-wait target but keep their platform deadline counted from arrival.
 */
export function applyAutoReplyOverride(effective: EffectiveScenario, override: AutoReplyOverride, path = ''): EffectiveScenario {
  requireMarketplace(effective.scenario, override.marketplaceId, `${path}/marketplaceId`);
  return { ...effective, autoReply: [...effective.autoReply, override] };
}
