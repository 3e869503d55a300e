import { formatDate } from '../labels';

/** A moment as people read it, to the second with its time zone; ISO 8601 on hover. */
export function Timestamp({ at }: { at: string }) {
  return (
    <time dateTime={at} title={at}>
      {formatDate(at)}
    </time>
  );
}
