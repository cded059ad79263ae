// The forecast feature's public surface: what routes compose.
export { ForecastPage } from './components/forecast-page';
