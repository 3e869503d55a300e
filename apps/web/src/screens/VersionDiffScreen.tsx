import { useState, type FormEvent } from 'react';
import { ClaimOutcomes } from '../components/ClaimOutcomes';
import { DiffText } from '../components/DiffText';
import { ErrorMessage } from '../components/ErrorMessage';
import { plural } from '../labels';
import { errorOf, useDocument, useVersion, useVersionDiff } from '../queries';
import { diffHref, documentHref, navigate } from '../router';

interface Props {
  id: string;
  /** The versions compared; by default the one before the current, and the current. */
  from: number | null;
  to: number | null;
}

/**
 * What changed from one version of an article to a later one: the text with its
 * deletions and insertions marked, and beside it what that did to the claims (by
 * outcome), the flags and the verdicts.
 */
export function VersionDiffScreen({ id, from, to }: Props) {
  const loaded = useDocument(id);
  const current = loaded.data?.version.number ?? null;
  const later = to ?? current;
  const earlier = from ?? (later !== null && later > 1 ? later - 1 : null);
  const comparable = earlier !== null && later !== null && earlier < later;
  const oldText = useVersion(id, comparable ? earlier : null);
  const diff = useVersionDiff(id, comparable ? earlier : null, comparable ? later : null);

  if (!loaded.data || current === null) {
    return loaded.error ? (
      <ErrorMessage error={errorOf(loaded)} />
    ) : (
      <p className="loading">Loading the article…</p>
    );
  }
  const edits = diff.data?.edits.length ?? 0;
  return (
    <div className="diff-screen">
      <div className="document-head">
        <h1>Changes to “{loaded.data.title}”</h1>
        <p className="meta">
          <a href={documentHref(id)}>Back to the article</a> (version {current})
        </p>
        {current > 1 && (
          <VersionPicker
            key={`${earlier}-${later}`}
            documentId={id}
            current={current}
            from={earlier ?? 1}
            to={later ?? current}
          />
        )}
      </div>
      {current === 1 && <p>This article has one version: there is nothing to compare yet.</p>}
      {current > 1 && !comparable && (
        <ErrorMessage error="Choose an earlier version to compare from than the one compared to." />
      )}
      <ErrorMessage error={errorOf(diff) ?? errorOf(oldText)} />
      {comparable && (!diff.data || !oldText.data) && !diff.error && !oldText.error && (
        <p className="loading">Loading the changes…</p>
      )}
      {diff.data && oldText.data && (
        <div className="document-layout">
          <section className="article card" aria-labelledby="diff-text-title">
            <h2 id="diff-text-title">
              The text, from version {diff.data.fromVersion} to {diff.data.toVersion}
            </h2>
            <p className="hint">
              {plural(edits, 'change')}: deleted words are struck through, inserted words
              underlined.
            </p>
            <DiffText text={oldText.data.text} edits={diff.data.edits} />
          </section>
          <div className="side">
            <ClaimOutcomes documentId={id} diff={diff.data} />
          </div>
        </div>
      )}
    </div>
  );
}

/** The two versions compared: any earlier one to any later one. */
function VersionPicker(props: { documentId: string; current: number; from: number; to: number }) {
  const [from, setFrom] = useState(props.from);
  const [to, setTo] = useState(props.to);
  const numbers = Array.from({ length: props.current }, (_, index) => index + 1);

  function compare(event: FormEvent) {
    event.preventDefault();
    navigate(diffHref(props.documentId, { from, to }));
  }

  const select = (id: string, label: string, value: number, onChange: (n: number) => void) => (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(Number(event.target.value))}>
        {numbers.map((number) => (
          <option key={number} value={number}>
            Version {number}
          </option>
        ))}
      </select>
    </>
  );
  return (
    <form className="inline-form" onSubmit={compare} aria-label="Versions to compare">
      {select('diff-from', 'From', from, setFrom)}
      {select('diff-to', 'To', to, setTo)}
      <button type="submit">Compare</button>
    </form>
  );
}
