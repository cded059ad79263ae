import type { ShiftTemplate } from '@app/domain';
import { formatNumber } from '../../../lib/format/format-number.util';
import { useDeleteShiftTemplate, useSaveShiftTemplate, useShiftTemplates } from '../api/shift-templates';
import { useSites } from '../api/sites';
import { describeStartTimes } from '../lib/start-times';
import { describeWeekdays } from '../../../lib/weekdays';
import { CrudSection } from './crud-section';
import { ShiftTemplateForm } from './shift-template-form';

export function ShiftTemplatesSection() {
  const sites = useSites();
  const siteName = (id: string) => sites.data?.find((s) => s.id === id)?.name ?? id;
  const noSites = sites.isSuccess && sites.data.length === 0;
  return (
    <CrudSection<ShiftTemplate>
      title="Shift templates"
      noun="shift template"
      description="The shift lengths and local start times each site allows; the planner picks how many agents start each one."
      query={useShiftTemplates()}
      save={useSaveShiftTemplate()}
      remove={useDeleteShiftTemplate()}
      idOf={(t) => t.id}
      nameOf={(t) => t.name}
      blockedReason={noSites ? 'Add a site first: every shift template belongs to a site.' : undefined}
      emptyHint="Add the shifts a site may run, for example a 9-hour day shift starting at 09:00 or 10:00 on weekdays."
      columns={[
        { key: 'name', header: 'Shift', cell: (t) => <strong>{t.name}</strong> },
        { key: 'site', header: 'Site', cell: (t) => siteName(t.siteId) },
        { key: 'length', header: 'Length', numeric: true, cell: (t) => `${formatNumber(t.lengthHours)} h (${formatNumber(t.paidHours)} paid)` },
        { key: 'starts', header: 'Starts (site time)', cell: (t) => <span title={t.startTimes.join(', ')}>{describeStartTimes(t.startTimes)}</span> },
        { key: 'days', header: 'Days', cell: (t) => describeWeekdays(t.days) },
      ]}
      renderForm={(props) => <ShiftTemplateForm {...props} sites={sites.data ?? []} />}
    />
  );
}
