import { useState } from 'react';
import { SEVERITIES, SEVERITY_LABELS } from '../labels';
import { useFlagList } from '../queries';
import { documentHref } from '../router';
import type { Flag, Severity } from '../types';
import { ErrorMessage } from './ErrorMessage';
import { ArticleLine, ArticleSelect, type Articles } from './QueueRows';
import { SeverityBadge } from './StatusBadge';

/** The workspace's open flags by severity, filtered by article, severity and rule. */
export function OpenFlags({ articles }: { articles: Articles }) {
  const [documentId, setDocumentId] = useState('');
  const [severity, setSeverity] = useState<Severity | ''>('');
  const [rule, setRule] = useState('');
  const flags = useFlagList({
    status: 'open',
    documentId: documentId || undefined,
    severity: severity || undefined,
    rule: rule || undefined,
  });
  const rules = [...new Set(flags.items?.map((flag) => flag.rule) ?? [])].sort();
  const bySeverity = (value: Severity) =>
    flags.items?.filter((flag: Flag) => flag.severity === value) ?? [];
  return (
    <section className="card" aria-labelledby="open-flags-title">
      <h2 id="open-flags-title">Open flags of the workspace</h2>
      <div className="inline-form">
        <ArticleSelect
          id="flags-article"
          articles={articles}
          value={documentId}
          onChange={setDocumentId}
        />
        <label htmlFor="flags-severity">Severity</label>
        <select
          id="flags-severity"
          value={severity}
          onChange={(event) => setSeverity(event.target.value as Severity | '')}
        >
          <option value="">Any severity</option>
          {SEVERITIES.map((value) => (
            <option key={value} value={value}>
              {SEVERITY_LABELS[value]}
            </option>
          ))}
        </select>
        <label htmlFor="flags-rule">Rule</label>
        <select id="flags-rule" value={rule} onChange={(event) => setRule(event.target.value)}>
          <option value="">Any rule</option>
          {(rule && !rules.includes(rule) ? [rule, ...rules] : rules).map((value) => (
            <option key={value} value={value}>
              {value}
            </option>
          ))}
        </select>
      </div>
      <ErrorMessage error={flags.error} />
      {flags.items?.length === 0 && <p className="muted">No open flags.</p>}
      {SEVERITIES.filter((value) => bySeverity(value).length > 0).map((value) => (
        <section key={value} aria-labelledby={`open-${value}-title`}>
          <h3 id={`open-${value}-title`}>
            {SEVERITY_LABELS[value]}s ({bySeverity(value).length})
          </h3>
          <ul className="plain queue-list">
            {bySeverity(value).map((flag) => (
              <li key={flag.id}>
                <SeverityBadge severity={flag.severity} /> <span className="rule">{flag.rule}</span>{' '}
                <a href={documentHref(flag.documentId, { flag: flag.id })}>{flag.message}</a>
                <br />
                <ArticleLine article={articles.get(flag.documentId)} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      {flags.more && (
        <button type="button" onClick={flags.more}>
          Show more flags
        </button>
      )}
    </section>
  );
}
