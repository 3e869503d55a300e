import { useState } from 'react';
import { revisionSummary } from '../labels';
import { errorOf, useVersions } from '../queries';
import { diffHref, documentHref } from '../router';
import { memberName, useSession } from '../session';
import { ErrorMessage } from './ErrorMessage';
import { Timestamp } from './Timestamp';

interface Props {
  documentId: string;
  /** The document's current version. */
  current: number;
  /** The version on screen: the current one, or an earlier one read-only. */
  shown: number;
}

/**
 * The article's versions, oldest first, read once the list is opened: who submitted
 * each and when, what it did to the one before (and a link to see it); choosing one
 * shows its text.
 */
export function VersionSwitcher({ documentId, current, shown }: Props) {
  const { members } = useSession();
  const [open, setOpen] = useState(false);
  const versions = useVersions(documentId, open);
  return (
    <details className="versions" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        Version {shown} of {current}
      </summary>
      <ErrorMessage error={errorOf(versions)} />
      {open && !versions.data && !versions.error && (
        <p className="loading">Loading the versions…</p>
      )}
      <ol className="plain version-list" aria-label="Versions">
        {versions.data?.map((version) => (
          <li key={version.id}>
            <a
              href={documentHref(documentId, {
                version: version.number === current ? null : version.number,
              })}
              aria-current={version.number === shown ? 'true' : undefined}
            >
              Version {version.number}
              {version.number === current ? ' (current)' : ''}
            </a>{' '}
            · <Timestamp at={version.createdAt} />
            {version.createdBy && ` · ${memberName(members, version.createdBy)}`}
            {version.revision && (
              <>
                <br />
                <span className="muted">{revisionSummary(version.revision)}</span> ·{' '}
                <a
                  href={diffHref(documentId, {
                    from: version.revision.fromVersion,
                    to: version.number,
                  })}
                >
                  What changed in version {version.number}
                </a>
              </>
            )}
          </li>
        ))}
      </ol>
    </details>
  );
}
