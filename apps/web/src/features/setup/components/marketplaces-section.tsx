import type { Marketplace } from '@app/domain';
import { formatPercent } from '../../../lib/format/format-percent.util';
import { formatTimeZone } from '../../../lib/format/format-time-zone.util';
import { usePresets } from '../api/get-presets';
import { useDeleteMarketplace, useMarketplaces, useSaveMarketplace } from '../api/marketplaces';
import { PLATFORMS } from '../lib/marketplace-draft';
import { describeWeekdays } from '../../../lib/weekdays';
import { CrudSection } from './crud-section';
import { MarketplaceForm } from './marketplace-form';

function describeClock(marketplace: Marketplace): string {
  const clock = marketplace.replyClock;
  if (clock.kind === 'calendar') return 'every hour';
  return `${describeWeekdays(clock.days)} ${clock.open}–${clock.close}${clock.holidaysStopClock ? ', holidays off' : ''}`;
}

/** One line per class by its short id ("urgent 10 % · 4 h"); the full name is in the tooltip. */
function ClassList({ marketplace }: { marketplace: Marketplace }) {
  return (
    <ul className="plain-list">
      {marketplace.classes.map((c) => (
        <li key={c.id} title={c.name}>
          {c.id} {formatPercent(c.share, undefined, 0)} · {c.replyDeadlineHours === null ? 'no reply' : `${c.replyDeadlineHours} h`}
        </li>
      ))}
    </ul>
  );
}

export function MarketplacesSection() {
  usePresets(); // loaded ahead, so a new marketplace's form opens with its preset filled in
  return (
    <CrudSection<Marketplace>
      title="Marketplaces"
      noun="marketplace"
      description="Where buyers write from: their time zone, the platform’s reply rules and the priority classes of their messages."
      query={useMarketplaces()}
      save={useSaveMarketplace()}
      remove={useDeleteMarketplace()}
      idOf={(m) => m.id}
      nameOf={(m) => m.name}
      emptyHint="Add the first marketplace your buyers write from: pick the platform and its reply rules are filled in for you. Or import a scenario file under Scenario file."
      columns={[
        { key: 'name', header: 'Marketplace', cell: (m) => <strong>{m.name}</strong> },
        { key: 'platform', header: 'Platform', cell: (m) => PLATFORMS.find((p) => p.value === m.platform)?.label ?? m.platform },
        { key: 'zone', header: 'Buyers’ time', cell: (m) => <span title={m.timeZone}>{formatTimeZone(m.timeZone)}</span>, wrap: true },
        { key: 'clock', header: 'Reply clock', cell: describeClock, wrap: true },
        { key: 'classes', header: 'Classes: share · deadline', cell: (m) => <ClassList marketplace={m} /> },
      ]}
      renderForm={(props) => <MarketplaceForm {...props} />}
    />
  );
}
