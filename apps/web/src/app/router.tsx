import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from '../components/layout/app-layout';
import { OrganisationForm } from '../features/organisation';
import { AgentsSection, EventsSection, HistoryImport, MarketplacesSection, ScenarioFilePanel, ShiftTemplatesSection, SitesSection } from '../features/setup';
import { NotFoundRoute } from './routes/not-found.route';
import { OverviewRoute } from './routes/overview.route';
import { RouteErrorRoute } from './routes/route-error.route';
import { CurrencyRatesRoute } from './routes/setup/currency-rates.route';
import { SetupLayoutRoute } from './routes/setup/setup-layout.route';

// The planning pages (and Recharts with them) load when first opened, so the setup opens fast.
export function createAppRouter() {
  return createBrowserRouter([
    {
      path: '/',
      element: <AppLayout />,
      errorElement: <RouteErrorRoute />,
      children: [
        { index: true, element: <OverviewRoute /> },
        {
          path: 'setup',
          element: <SetupLayoutRoute />,
          children: [
            { index: true, element: <Navigate to="marketplaces" replace /> },
            { path: 'marketplaces', element: <MarketplacesSection /> },
            { path: 'sites', element: <SitesSection /> },
            { path: 'shift-templates', element: <ShiftTemplatesSection /> },
            { path: 'agents', element: <AgentsSection /> },
            { path: 'events', element: <EventsSection /> },
            { path: 'currency-rates', element: <CurrencyRatesRoute /> },
            { path: 'history', element: <HistoryImport /> },
            { path: 'scenario-file', element: <ScenarioFilePanel /> },
            { path: 'organisation', element: <OrganisationForm /> },
          ],
        },
        { path: 'forecast', lazy: () => import('./routes/forecast.route').then((m) => ({ Component: m.ForecastRoute })) },
        { path: 'plan', lazy: () => import('./routes/plan.route').then((m) => ({ Component: m.PlanRoute })) },
        { path: 'rota', lazy: () => import('./routes/rota.route').then((m) => ({ Component: m.RotaRoute })) },
        { path: 'scenarios', lazy: () => import('./routes/scenarios.route').then((m) => ({ Component: m.ScenariosRoute })) },
        { path: 'auto-reply', lazy: () => import('./routes/auto-reply.route').then((m) => ({ Component: m.AutoReplyRoute })) },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
