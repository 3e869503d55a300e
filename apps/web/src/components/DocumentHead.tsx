import { formatDate } from '../labels';
import type { DocumentDetail } from '../types';
import { Legend } from './Legend';
import { VersionSwitcher } from './VersionSwitcher';

interface Props {
  document: DocumentDetail;
  /** The version on screen: the current one, or an earlier one read-only. */
  shownVersion: number;
  /** The current text's claims, and those marked as not a claim (hidden unless asked for). */
  claims: { count: number; notClaims: number; showNotClaims: boolean; onToggle: () => void };
  /** Opens the form for a corrected text; null when it is not offered. */
  onSubmitVersion: (() => void) | null;
}

/** The article's title, publisher and date, its claims, the legend and its versions. */
export function DocumentHead({ document, shownVersion, claims, onSubmitVersion }: Props) {
  return (
    <div className="document-head">
      <h1>{document.title}</h1>
      <p className="meta">
        {document.publisher && <span>{document.publisher} · </span>}
        {document.publishedAt
          ? `Published ${formatDate(document.publishedAt)}`
          : `Added ${formatDate(document.createdAt)}`}{' '}
        · {claims.count} claims · <kbd>?</kbd> for shortcuts
        {claims.notClaims > 0 && (
          <>
            {' · '}
            <button
              type="button"
              className="link"
              aria-pressed={claims.showNotClaims}
              onClick={claims.onToggle}
            >
              {claims.showNotClaims ? 'Hide' : 'Show'} {claims.notClaims} marked as not a claim
            </button>
          </>
        )}
      </p>
      <div className="head-tools">
        <Legend />
        <VersionSwitcher
          documentId={document.id}
          current={document.version.number}
          shown={shownVersion}
        />
        {onSubmitVersion && (
          <button type="button" onClick={onSubmitVersion}>
            Submit a corrected version
          </button>
        )}
      </div>
    </div>
  );
}
