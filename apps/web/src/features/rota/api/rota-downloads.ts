import { apiUrl } from '../../../lib/api-client';

/** Download links the browser follows itself (attachments), so no request hook. */
export const rotaCsvUrl = (rotaId: string) => apiUrl(`/rotas/${encodeURIComponent(rotaId)}/export.csv`);
export const agentCalendarUrl = (rotaId: string, agentId: string) => apiUrl(`/rotas/${encodeURIComponent(rotaId)}/agents/${encodeURIComponent(agentId)}.ics`);
export const siteCalendarUrl = (rotaId: string, siteId: string) => apiUrl(`/rotas/${encodeURIComponent(rotaId)}/sites/${encodeURIComponent(siteId)}.ics`);
