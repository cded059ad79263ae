import type { Agent, Marketplace, ShiftTemplate, Site } from '@app/domain';
import { DataTable } from '../../../components/ui/data-table';
import { ErrorAlert } from '../../../components/ui/error-state';
import { useDeleteScenarioDefinition } from '../api/scenario-definitions';
import type { StoredScenarioDefinition } from '../api/scenario.types';
import { describeOverride } from '../lib/describe-override';

/** Stored scenarios with their overrides in words; edit or delete each. */
export function ScenarioList({
  scenarios,
  marketplaces,
  sites,
  agents,
  shiftTemplates,
  onEdit,
}: {
  scenarios: readonly StoredScenarioDefinition[];
  marketplaces: readonly Marketplace[];
  sites: readonly Site[];
  agents: readonly Agent[];
  shiftTemplates: readonly ShiftTemplate[];
  onEdit: (scenario: StoredScenarioDefinition) => void;
}) {
  const remove = useDeleteScenarioDefinition();
  const names = {
    marketplace: (id: string) => marketplaces.find((m) => m.id === id)?.name ?? id,
    site: (id: string) => sites.find((s) => s.id === id)?.name ?? id,
    agent: (id: string) => agents.find((a) => a.id === id)?.name ?? id,
    shiftTemplate: (id: string) => {
      const template = shiftTemplates.find((t) => t.id === id);
      return template ? `${template.name} (${sites.find((s) => s.id === template.siteId)?.name ?? template.siteId})` : id;
    },
  };
  return (
    <>
      <DataTable
        caption="Stored scenarios"
        captionHidden
        testId="scenario-table"
        rows={scenarios}
        rowKey={(s) => s.id}
        columns={[
          { key: 'name', header: 'Scenario', cell: (s) => <strong>{s.name}</strong> },
          {
            key: 'overrides',
            header: 'Overrides',
            wrap: true,
            cell: (s) =>
              s.overrides.length === 0 ? (
                <span className="muted">none — the setup as it is</span>
              ) : (
                <ul className="plain-list">
                  {s.overrides.map((o, i) => (
                    <li key={i}>{describeOverride(o, names)}</li>
                  ))}
                </ul>
              ),
          },
          {
            key: 'actions',
            header: <span className="visually-hidden">Actions</span>,
            cell: (s) => (
              <div className="row row--nowrap">
                <button type="button" className="button button--small" onClick={() => onEdit(s)} aria-label={`Edit ${s.name}`}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button--small button--danger"
                  disabled={remove.isPending}
                  onClick={() => {
                    if (window.confirm(`Delete the scenario “${s.name}”? Stored comparisons keep their results.`)) remove.mutate(s.id);
                  }}
                  aria-label={`Delete ${s.name}`}
                >
                  Delete
                </button>
              </div>
            ),
          },
        ]}
      />
      {remove.isError ? <ErrorAlert error={remove.error} title="The scenario was not deleted" /> : null}
    </>
  );
}
