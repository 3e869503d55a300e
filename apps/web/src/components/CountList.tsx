export interface CountEntry {
  key: string;
  className: string;
  symbol: string;
  label: string;
  count: number;
}

/** "Claims: ○ 39 Unreviewed, ✓ 2 Verified", leaving out the zeros. */
export function CountList({
  label,
  empty,
  entries,
}: {
  label: string;
  empty: string;
  entries: CountEntry[];
}) {
  const shown = entries.filter((entry) => entry.count > 0);
  return (
    <div className="counts">
      <span className="counts-label">{label}:</span>
      {shown.length === 0 ? (
        <span className="muted"> {empty}</span>
      ) : (
        <ul>
          {shown.map((entry) => (
            <li key={entry.key} className={`badge ${entry.className}`}>
              <span aria-hidden="true">{entry.symbol}</span> {entry.count}{' '}
              {entry.label.toLowerCase()}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
