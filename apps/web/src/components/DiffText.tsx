import { useMemo } from 'react';
import { diffParts } from '../textDiff';
import type { TextEdit } from '../types';

/**
 * The earlier version's text with what the later one changed: removed words struck
 * through (`<del>`), inserted ones underlined (`<ins>`), each also said in words for a
 * screen reader, which does not announce the elements themselves.
 */
export function DiffText({ text, edits }: { text: string; edits: TextEdit[] }) {
  const parts = useMemo(() => diffParts(text, edits), [text, edits]);
  return (
    <div className="article-text diff-text">
      {parts.map((part, index) =>
        'same' in part ? (
          part.same
        ) : (
          <span key={index} className="edit">
            {part.removed && (
              <del>
                <span className="visually-hidden">deleted: </span>
                {part.removed}
              </del>
            )}
            {part.inserted && (
              <ins>
                <span className="visually-hidden">inserted: </span>
                {part.inserted}
              </ins>
            )}
          </span>
        ),
      )}
    </div>
  );
}
