import type { Marketplace, Platform, PriorityClass, ReplyClock, WaitTarget } from './scenario.types';

/**
 * Defaults for a new marketplace per platform: its reply clock and priority classes. A preset
 * only fills the form; every number stays editable. Shares and handle times are typical
 * starting points for a cross-border seller, to be replaced by the seller's own figures.
 * Deadlines marked "platform rule" come from the platform's published seller rules (source in
 * the comment); the others are the seller's own triage targets.
 */

export interface PlatformPreset {
  platform: Platform;
  replyClock: ReplyClock;
  classes: PriorityClass[];
  waitTarget?: WaitTarget;
  /** Where the rules come from, in one or two sentences for the user. */
  notes: string;
}

const CALENDAR: ReplyClock = { kind: 'calendar' };

// Amazon — platform rule: reply to buyer messages within 24 hours, weekends and holidays
// included; Amazon measures it as the Late Response Rate of the Contact Response Time metric.
//   "Contact Response Time", Amazon Seller Central help,
//   https://sellercentral.amazon.com/gp/help/external/200549770
//   "Respond to buyer messages within 24 hours, including weekends and holidays",
//   https://sellercentral.amazon.com/gp/help/external/202152030
// Buyers may file an A-to-z Guarantee claim once 48 hours have passed since they contacted the
// seller ("About A-to-Z Guarantee claims", https://sellercentral.amazon.com/gp/help/external/help.html?itemID=27951),
// and claims count against the Order Defect Rate, so A-to-z threats, cancellations and serious
// complaints get the seller's own 4 h triage target. "Thank you" messages are marked
// "no response needed", which takes them out of the metric.
const AMAZON: PlatformPreset = {
  platform: 'amazon',
  replyClock: CALENDAR,
  classes: [
    { id: 'urgent', name: 'Urgent: A-to-z claims, cancellations, serious complaints', share: 0.1, replyDeadlineHours: 4, handleMinutes: 8 },
    { id: 'standard', name: 'Standard: where is my order, product questions', share: 0.8, replyDeadlineHours: 24, handleMinutes: 5 },
    { id: 'no-reply', name: 'No reply needed: thank-you notes', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
  ],
  notes:
    'Amazon Buyer-Seller Messaging: reply within 24 hours, weekends and holidays included, or the message counts as late in the Contact Response Time metric. Urgent messages (A-to-z claims, cancellations) get a 4 h target because unresolved ones become claims that hurt the Order Defect Rate.',
};

// Shopify — no platform rule: Shopify Inbox has no response-time metric or penalty
// ("Customer conversations", Shopify Help Center, https://help.shopify.com/en/manual/inbox/conversations),
// so the store sets its own target. Default: the promise most stores print, "a reply within one
// business day", on a business clock Monday–Friday 09:00–18:00 in the buyers' zone with public
// holidays off — 9 clock hours; urgent order changes (cancel or change before dispatch) within
// 3 business hours, before the parcel leaves. A store that answers 7 days a week switches the
// clock to calendar hours and sets 24 h.
const SHOPIFY: PlatformPreset = {
  platform: 'shopify',
  replyClock: { kind: 'business', days: [1, 2, 3, 4, 5], open: '09:00', close: '18:00', holidaysStopClock: true },
  classes: [
    { id: 'urgent', name: 'Urgent: cancel or change an order before dispatch', share: 0.1, replyDeadlineHours: 3, handleMinutes: 7 },
    { id: 'standard', name: 'Standard: order status, product questions, returns', share: 0.8, replyDeadlineHours: 9, handleMinutes: 5 },
    { id: 'no-reply', name: 'No reply needed: thank-you notes', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
  ],
  notes:
    "Shopify sets no response-time rule; the store chooses. Default: one business day (9 h on a Mon–Fri 09:00–18:00 clock in the buyers' time zone, public holidays off), urgent order changes within 3 business hours.",
};

// TikTok Shop — platform rule: the 12-Hour Response Rate replaced the 24-hour one from
// 15 August 2025; it applies every day, weekends and public holidays included (Holiday Mode
// excludes chats while the shop is closed).
//   "Customer Service Communication Requirements", TikTok Shop Seller University,
//   https://seller-th.tiktok.com/university/essay?knowledge_id=8918857185183490&lang=en
//   "TikTok Shop's New Customer Service Communication Requirements 2025", BigSeller,
//   https://www.bigseller.com/blog/articleDetails/3462/tiktok-shop-customer-service-2025.htm
// Returns, refunds and cancellations get the seller's own 4 h target.
const TIKTOK_SHOP: PlatformPreset = {
  platform: 'tiktok-shop',
  replyClock: CALENDAR,
  classes: [
    { id: 'urgent', name: 'Urgent: returns, refunds, cancellations', share: 0.1, replyDeadlineHours: 4, handleMinutes: 7 },
    { id: 'standard', name: 'Standard: order and product questions', share: 0.85, replyDeadlineHours: 12, handleMinutes: 4 },
    { id: 'no-reply', name: 'Resolved by automated replies and FAQs', share: 0.05, replyDeadlineHours: null, handleMinutes: 0.5 },
  ],
  notes:
    'TikTok Shop: reply to buyer chats within 12 hours (12-Hour Response Rate, since 15 August 2025), every day including weekends and public holidays. Returns, refunds and cancellations get a 4 h target.',
};

// eBay — no response-time rule for buyer questions; the rule is for return requests and
// eBay Money Back Guarantee cases: the seller must respond within 3 business days
// (Mon–Fri, bank holidays excluded).
//   "Change to response times for handling returns or reports of item not received", eBay UK
//   Seller Centre, https://www.ebay.co.uk/sellercentre/news/february-2020-index/changes-return-window
//   "What does eBay Money Back Guarantee mean to sellers?", eBay.ca,
//   https://pages.ebay.ca/resolutioncenter/BuyerProtectionForSellers.html
// A reply clock belongs to the marketplace, not to a class, so the 3 business days are kept on
// the calendar clock as 72 h: never later than the real deadline (3 business days are at least
// 72 hours), so a plan that meets 72 h meets eBay's rule. Questions get the seller's own 24 h.
const EBAY: PlatformPreset = {
  platform: 'ebay',
  replyClock: CALENDAR,
  classes: [
    { id: 'returns', name: 'Return requests and Money Back Guarantee cases', share: 0.15, replyDeadlineHours: 72, handleMinutes: 8 },
    { id: 'standard', name: 'Buyer questions', share: 0.75, replyDeadlineHours: 24, handleMinutes: 5 },
    { id: 'no-reply', name: 'No reply needed: thank-you notes', share: 0.1, replyDeadlineHours: null, handleMinutes: 0.5 },
  ],
  notes:
    'eBay: respond to return requests and Money Back Guarantee cases within 3 business days (kept here as 72 calendar hours, never later than the rule). Buyer questions have no platform deadline; 24 h is the default target.',
};

// Walmart Marketplace — platform rule: a high-quality response within 48 hours, weekends,
// holidays and days off included (Seller Response Rate above 95 %); Better Business Bureau and
// Attorney General complaints within the first hour. Every message needs a response.
//   "Customer Care Policy", Walmart Marketplace Learn,
//   https://marketplacelearn.walmart.com/guides/Order%20management/Customer%20care/Customer-Care-policy
// Cancellations and returns get the seller's own 4 h target.
const WALMART: PlatformPreset = {
  platform: 'walmart',
  replyClock: CALENDAR,
  classes: [
    { id: 'escalation', name: 'Better Business Bureau / Attorney General complaints', share: 0.01, replyDeadlineHours: 1, handleMinutes: 20 },
    { id: 'urgent', name: 'Urgent: cancellations, returns', share: 0.09, replyDeadlineHours: 4, handleMinutes: 8 },
    { id: 'standard', name: 'Standard: order and product questions', share: 0.9, replyDeadlineHours: 48, handleMinutes: 5 },
  ],
  notes:
    'Walmart Marketplace: a high-quality response to every inquiry within 48 hours, weekends and holidays included; BBB and Attorney General complaints within 1 hour.',
};

// Other channels (own web shop e-mail, other marketplaces): no rule to follow; a common
// 24 h target around the clock with an urgent class.
const OTHER: PlatformPreset = {
  platform: 'other',
  replyClock: CALENDAR,
  classes: [
    { id: 'urgent', name: 'Urgent', share: 0.1, replyDeadlineHours: 4, handleMinutes: 7 },
    { id: 'standard', name: 'Standard', share: 0.9, replyDeadlineHours: 24, handleMinutes: 5 },
  ],
  notes: 'No platform rule: a 24 h target around the clock, urgent messages within 4 h. Adjust to your own promise.',
};

export const PLATFORM_PRESETS: Record<Platform, PlatformPreset> = {
  amazon: AMAZON,
  shopify: SHOPIFY,
  'tiktok-shop': TIKTOK_SHOP,
  ebay: EBAY,
  walmart: WALMART,
  other: OTHER,
};

export interface MarketplaceIdentity {
  id: string;
  name: string;
  timeZone: string;
  country: string;
  languages: string[];
}

/** A new marketplace with the platform's default clock and classes (copies: edit freely). */
export function marketplaceFromPreset(platform: Platform, identity: MarketplaceIdentity): Marketplace {
  const preset = PLATFORM_PRESETS[platform];
  if (!preset) throw new RangeError(`no preset for platform "${platform}"`);
  const copy = JSON.parse(JSON.stringify(preset)) as PlatformPreset;
  const marketplace: Marketplace = {
    id: identity.id,
    name: identity.name,
    platform,
    timeZone: identity.timeZone,
    country: identity.country,
    languages: [...identity.languages],
    replyClock: copy.replyClock,
    classes: copy.classes,
  };
  if (copy.waitTarget) marketplace.waitTarget = copy.waitTarget;
  return marketplace;
}
