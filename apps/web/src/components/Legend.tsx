import { STATUS_LABELS, STATUSES } from '../labels';

/** What the colours, symbols and underlines of the article's spans mean. */
export function Legend() {
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        {STATUSES.map((status) => (
          <li key={status}>
            <span className={`claim-span status-${status}`} data-first="true">
              {STATUS_LABELS[status]}
            </span>
          </li>
        ))}
        <li>
          <span className="claim-span status-unreviewed flagged" data-first="true">
            Open flag
          </span>
        </li>
        <li>
          <span className="claim-span status-unreviewed flag-focus">In the selected flag</span>
        </li>
      </ul>
    </details>
  );
}
