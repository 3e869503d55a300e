/**
 * Failed authentications counted per client address in fixed one-minute
 * windows. Past the limit an address is refused before its key is looked up,
 * so guessing keys costs the database nothing. Kept in the process's memory,
 * as the request rate limit is.
 */
export class FailedAuthentications {
  private readonly failures = new Map<string, number>();
  private windowStart: number;

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {
    this.windowStart = now();
  }

  /** Seconds until the address may try again; 0 when it may now. */
  retryAfterSeconds(address: string): number {
    this.roll();
    if ((this.failures.get(address) ?? 0) < this.perMinute) return 0;
    return Math.max(1, Math.ceil((this.windowStart + WINDOW_MS - this.now()) / 1000));
  }

  record(address: string): void {
    this.roll();
    // Bounded: a flood from very many addresses starts the window afresh.
    if (this.failures.size >= MAX_ADDRESSES) this.failures.clear();
    this.failures.set(address, (this.failures.get(address) ?? 0) + 1);
  }

  private roll(): void {
    const now = this.now();
    if (now - this.windowStart < WINDOW_MS) return;
    this.failures.clear();
    this.windowStart = now;
  }
}

const WINDOW_MS = 60_000;
const MAX_ADDRESSES = 100_000;
