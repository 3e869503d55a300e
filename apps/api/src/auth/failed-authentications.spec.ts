import { FailedAuthentications } from './failed-authentications.js';

describe('FailedAuthentications', () => {
  it('refuses an address past its failures of the minute, and lets it try again in the next', () => {
    let now = 1_000_000;
    const failures = new FailedAuthentications(3, () => now);
    for (let i = 0; i < 3; i++) {
      expect(failures.retryAfterSeconds('10.0.0.1')).toBe(0);
      failures.record('10.0.0.1');
    }
    now += 20_000;
    expect(failures.retryAfterSeconds('10.0.0.1')).toBe(40);
    expect(failures.retryAfterSeconds('10.0.0.2')).toBe(0);
    now += 40_000;
    expect(failures.retryAfterSeconds('10.0.0.1')).toBe(0);
  });
});
