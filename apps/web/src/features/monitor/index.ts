// The monitor feature's public surface: what routes compose.
export { MonitorPage } from './components/monitor-page';
