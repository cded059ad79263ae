import { useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import type { ReadySentence } from '../lib/promise-grid';

/** Each distinct sentence with the arrival hours it fits and a copy button, in the order of the week. */
export function ReadySentences({ sentences, language }: { sentences: readonly ReadySentence[]; language: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(text);
    } catch {
      setCopied(null);
    }
  };
  if (sentences.length === 0) return <p className="muted">No sentence for this week: the plan does not cover it.</p>;
  return (
    <DataTable
      caption={`${sentences.length} ready sentences`}
      captionHidden
      tall
      testId="ready-sentences"
      rows={sentences}
      rowKey={(item) => item.sentence}
      columns={[
        { key: 'hours', header: 'For messages arriving (buyers’ time)', wrap: true, cell: (item) => item.hours },
        {
          key: 'sentence',
          header: 'Sentence',
          wrap: true,
          cell: (item) => (
            <span className="sentence" lang={language}>
              {item.sentence}
            </span>
          ),
        },
        {
          key: 'copy',
          header: <span className="visually-hidden">Copy</span>,
          cell: (item) => (
            <button type="button" className="button button--small" onClick={() => void copy(item.sentence)} aria-label={`Copy the sentence for ${item.hours}`}>
              {copied === item.sentence ? 'Copied' : 'Copy'}
            </button>
          ),
        },
      ]}
    />
  );
}
