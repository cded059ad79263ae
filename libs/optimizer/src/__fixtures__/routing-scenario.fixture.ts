import type { Marketplace, QueueArrivals, ScenarioFile } from '@app/domain';
import { tinyMarketplace, tinyScenario, tinySite, tinyTemplate } from './tiny-planning.fixture';

/** Hours of the routing instance: two days. */
export const ROUTING_HOURS = 48;

export const ROUTING_CLASSES = [
  { id: 'urgent', name: 'Urgent', share: 0.25, replyDeadlineHours: 4, handleMinutes: 6 },
  { id: 'standard', name: 'Standard', share: 0.75, replyDeadlineHours: 24, handleMinutes: 3 },
];

/**
 * Two sites, two marketplaces with an urgent (4 h) and a standard (24 h) class, where the
 * routing matters: Manila answers only US and may have at most `manilaCap` agents on duty,
 * Kraków answers both and costs more, so where US work goes is the plan's choice. One
 * agent-hour is 60 minutes of work (no shrinkage, full occupancy); handle times are multiples
 * of 3 minutes, so a message-by-message replay loses no minutes at hour ends. Optional
 * average-wait targets per marketplace; whole messages peaking in each marketplace's daytime.
 */
export function routingScenario(options: { waitUs?: number; waitDe?: number; manilaCap?: number } = {}): { scenario: ScenarioFile; arrivals: QueueArrivals[] } {
  const { waitUs, waitDe, manilaCap = 3 } = options;
  const us: Marketplace = tinyMarketplace({ id: 'us', name: 'Amazon US', timeZone: 'America/New_York', country: 'US', classes: ROUTING_CLASSES, ...(waitUs ? { waitTarget: { averageHours: waitUs } } : {}) });
  const de: Marketplace = tinyMarketplace({ id: 'de', name: 'Amazon DE', timeZone: 'Europe/Berlin', country: 'DE', languages: ['de'], classes: ROUTING_CLASSES, ...(waitDe ? { waitTarget: { averageHours: waitDe } } : {}) });
  const manila = tinySite({ id: 'manila', name: 'Manila', timeZone: 'Asia/Manila', hourlyCost: 5, languages: ['en'], maxHeadcount: manilaCap });
  const krakow = tinySite({ id: 'krakow', name: 'Kraków', timeZone: 'Europe/Warsaw', hourlyCost: 9, languages: ['en', 'de'] });
  const starts = ['00:00', '04:00', '08:00', '12:00', '16:00', '20:00'];
  const scenario = tinyScenario({
    marketplaces: [us, de],
    sites: [manila, krakow],
    shiftTemplates: [tinyTemplate('manila', starts, 8, [1, 2, 3, 4, 5, 6, 7]), tinyTemplate('krakow', starts, 8, [1, 2, 3, 4, 5, 6, 7])],
  });
  const wave = (peakUtc: number, volume: number) =>
    Array.from({ length: ROUTING_HOURS }, (_, h) => Math.round(volume * (0.3 + Math.exp(-(((h % 24) - peakUtc) ** 2) / 18))));
  const arrivals: QueueArrivals[] = [
    { marketplaceId: 'us', classId: 'urgent', values: wave(18, 6) },
    { marketplaceId: 'us', classId: 'standard', values: wave(18, 20) },
    { marketplaceId: 'de', classId: 'urgent', values: wave(10, 5) },
    { marketplaceId: 'de', classId: 'standard', values: wave(10, 15) },
  ];
  return { scenario, arrivals };
}
