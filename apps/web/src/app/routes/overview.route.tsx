import { Link } from 'react-router-dom';
import { PageHeader } from '../../components/ui/page-header';
import { OrganisationSummary } from '../../features/organisation';
import { SetupCounts } from '../../features/setup';

export function OverviewRoute() {
  return (
    <>
      <title>Overview · followsun</title>
      <PageHeader
        title="Overview"
        description="Who you plan for, what is set up, and what to do next."
        actions={
          <Link className="button button--primary" to="/setup">
            Open setup
          </Link>
        }
      />
      <OrganisationSummary />
      <h2>Setup</h2>
      <SetupCounts />
      <div className="card">
        <h2>The way through</h2>
        <ol>
          <li>
            <Link to="/setup/marketplaces">Marketplaces</Link>, <Link to="/setup/sites">sites</Link>, <Link to="/setup/shift-templates">shift templates</Link> and{' '}
            <Link to="/setup/agents">agents</Link> describe who writes and who answers.
          </li>
          <li>
            <Link to="/setup/history">Message history</Link> (CSV) is what the forecast learns from.
          </li>
          <li>
            <Link to="/forecast">Forecast</Link> the hourly messages, <Link to="/plan">plan</Link> the cheapest shift mix, turn it into a <Link to="/rota">rota</Link>, compare{' '}
            <Link to="/scenarios">scenarios</Link> and set the <Link to="/auto-reply">auto-reply</Link> promises.
          </li>
        </ol>
      </div>
    </>
  );
}
