/** Every rota query lives under this key, so a finished build or a pin change refreshes them all. */
export const ROTA_QUERY_KEY = 'rotas';
