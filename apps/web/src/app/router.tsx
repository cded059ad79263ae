import { createBrowserRouter, Navigate } from 'react-router-dom';
import { AppLayout } from '../components/layout/app-layout';
import { RequireSession, SignInPage, UserMenu } from '../features/auth';
import { OrganisationForm } from '../features/organisation';
import { AgentsSection, EventsSection, HistoryImport, MarketplacesSection, ScenarioFilePanel, ShiftTemplatesSection, SitesSection } from '../features/setup';
import { HomeRoute } from './routes/home.route';
import { NotFoundRoute } from './routes/not-found.route';
import { RequirePermission } from './routes/require-permission';
import { RouteErrorRoute } from './routes/route-error.route';
import { CurrencyRatesRoute } from './routes/setup/currency-rates.route';
import { SetupLayoutRoute } from './routes/setup/setup-layout.route';

/**
 * `/sign-in` is open; everything else needs a session (RequireSession) and, page by page, the
 * permissions the navigation lists it under. The planning pages (and Recharts with them) load
 * when first opened, so the setup opens fast.
 */
export function createAppRouter() {
  return createBrowserRouter([
    { path: '/sign-in', element: <SignInPage />, errorElement: <RouteErrorRoute /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout userMenu={<UserMenu />} />
        </RequireSession>
      ),
      errorElement: <RouteErrorRoute />,
      children: [
        { index: true, element: <HomeRoute /> },
        {
          element: <RequirePermission permissions={['setup.read']} />,
          children: [
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
          ],
        },
        {
          element: <RequirePermission permissions={['costs.read']} />,
          children: [
            { path: 'plan', lazy: () => import('./routes/plan.route').then((m) => ({ Component: m.PlanRoute })) },
            { path: 'auto-reply', lazy: () => import('./routes/auto-reply.route').then((m) => ({ Component: m.AutoReplyRoute })) },
          ],
        },
        {
          element: <RequirePermission permissions={['rotas.readPublished']} />,
          children: [{ path: 'rota', lazy: () => import('./routes/rota.route').then((m) => ({ Component: m.RotaRoute })) }],
        },
        {
          element: <RequirePermission permissions={['monitor.read']} />,
          children: [{ path: 'monitor', lazy: () => import('./routes/monitor.route').then((m) => ({ Component: m.MonitorRoute })) }],
        },
        {
          element: <RequirePermission permissions={['coverage.read', 'rotas.readPublished']} />,
          children: [{ path: 'coverage', lazy: () => import('./routes/coverage.route').then((m) => ({ Component: m.CoverageRoute })) }],
        },
        {
          element: <RequirePermission permissions={['scenarios.write', 'costs.read']} />,
          children: [{ path: 'scenarios', lazy: () => import('./routes/scenarios.route').then((m) => ({ Component: m.ScenariosRoute })) }],
        },
        {
          element: <RequirePermission permissions={['users.manage']} />,
          children: [{ path: 'users', lazy: () => import('./routes/users.route').then((m) => ({ Component: m.UsersRoute })) }],
        },
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ]);
}
