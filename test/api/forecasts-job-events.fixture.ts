import type { TestApp } from './support/test-app';

export interface StreamedEvent {
  type: string;
  data: any;
}

/** Server-sent events text → events with their parsed data. */
export function parseEvents(text: string): StreamedEvent[] {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const type = lines.find((line) => line.startsWith('event: '))?.slice('event: '.length) ?? 'message';
      const data = lines.filter((line) => line.startsWith('data: ')).map((line) => line.slice('data: '.length)).join('\n');
      return { type, data: JSON.parse(data) };
    });
}

/** Follows a job's event stream to its end (the stream closes after the final event). */
export async function streamJob(t: TestApp, jobId: string): Promise<StreamedEvent[]> {
  const response = await t.http().get(`/api/jobs/${jobId}/events`).expect(200).expect('Content-Type', /text\/event-stream/);
  return parseEvents(response.text);
}
