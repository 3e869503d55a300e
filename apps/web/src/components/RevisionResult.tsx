import { useEffect, useRef } from 'react';
import { OUTCOME_LABELS, OUTCOMES, plural } from '../labels';
import { diffHref } from '../router';
import type { Version } from '../types';

interface Props {
  documentId: string;
  version: Version;
  /** False when the text sent was the current version's: nothing changed. */
  created: boolean;
  onClose: () => void;
}

/**
 * What a corrected text just did: each claim outcome's count, the flags, the verdicts.
 * Focus comes to it when it shows (the form it replaces is gone).
 */
export function RevisionResult({ documentId, version, created, onClose }: Props) {
  const revision = version.revision;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section className="card revision-result" aria-labelledby="revision-result-title">
      <div className="panel-head">
        <h2 id="revision-result-title" tabIndex={-1} ref={title}>
          {created
            ? `Version ${version.number} submitted`
            : `The text is version ${version.number}’s: nothing changed`}
        </h2>
        <button type="button" className="close" aria-label="Close" onClick={onClose}>
          ✕
        </button>
      </div>
      {created && revision && (
        <>
          <ul className="plain outcome-counts" aria-label="What it did to the claims">
            {OUTCOMES.filter((outcome) => revision.counts[outcome] > 0).map((outcome) => (
              <li key={outcome} className={`outcome outcome-${outcome}`}>
                {OUTCOME_LABELS[outcome]}: {revision.counts[outcome]}
              </li>
            ))}
          </ul>
          <p>
            {plural(revision.flagsOpened, 'flag')} opened, {revision.flagsClosed} closed;{' '}
            {plural(revision.staleVerdicts, 'verdict')} went stale.
          </p>
          <p>
            <a href={diffHref(documentId, { from: revision.fromVersion, to: version.number })}>
              See what changed
            </a>
          </p>
        </>
      )}
    </section>
  );
}
