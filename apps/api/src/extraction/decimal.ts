/**
 * An exact decimal number: coefficient × 10^exponent. Stated figures are decimal
 * ("1.2bn", "36.3%"); binary floating point would turn 1.2 × 10^9 into
 * 1199999999.9999998, and the checks compare figures exactly.
 */
export class Decimal {
  private constructor(
    readonly coefficient: bigint,
    readonly exponent: number,
  ) {}

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  static fromInteger(n: number): Decimal {
    return new Decimal(BigInt(n), 0);
  }

  /** Parses "1,234.56" or "36.3" (thousands commas allowed); null if not a plain decimal. */
  static parse(text: string): Decimal | null {
    const plain = text.includes(',') ? text.replace(/,/g, '') : text;
    const dot = plain.indexOf('.');
    const whole = dot < 0 ? plain : plain.slice(0, dot);
    const fraction = dot < 0 ? '' : plain.slice(dot + 1);
    if (!isDigits(whole) || (dot >= 0 && !isDigits(fraction))) return null;
    return new Decimal(BigInt(whole + fraction), -fraction.length);
  }

  negated(): Decimal {
    return new Decimal(-this.coefficient, this.exponent);
  }

  isZero(): boolean {
    return this.coefficient === 0n;
  }

  timesPowerOfTen(power: number): Decimal {
    return new Decimal(this.coefficient, this.exponent + power);
  }

  times(other: Decimal): Decimal {
    return new Decimal(this.coefficient * other.coefficient, this.exponent + other.exponent);
  }

  plus(other: Decimal): Decimal {
    const exponent = Math.min(this.exponent, other.exponent);
    return new Decimal(this.alignedTo(exponent) + other.alignedTo(exponent), exponent);
  }

  compare(other: Decimal): number {
    const exponent = Math.min(this.exponent, other.exponent);
    const a = this.alignedTo(exponent);
    const b = other.alignedTo(exponent);
    return a < b ? -1 : a > b ? 1 : 0;
  }

  /** this / divisor rounded half-up to `places` decimals (for word fractions: a third = 0.3333). */
  dividedBy(divisor: Decimal, places: number): Decimal {
    if (divisor.isZero()) throw new RangeError('division by zero');
    // this / divisor = (c1 / c2) × 10^(e1 - e2); scale the numerator so the quotient has `places` decimals.
    const shift = places + this.exponent - divisor.exponent;
    let numerator = this.coefficient;
    let denominator = divisor.coefficient;
    if (shift >= 0) numerator *= 10n ** BigInt(shift);
    else denominator *= 10n ** BigInt(-shift);
    const quotient = (numerator * 2n + denominator) / (denominator * 2n);
    return new Decimal(quotient, -places);
  }

  /** Plain decimal notation without exponent or trailing zeros: "1200000000", "36.3", "0.3333". */
  toString(): string {
    const negative = this.coefficient < 0n;
    let digits = (negative ? -this.coefficient : this.coefficient).toString();
    let text: string;
    if (this.exponent >= 0) {
      text = digits === '0' ? '0' : digits + '0'.repeat(this.exponent);
    } else {
      const places = -this.exponent;
      if (digits.length <= places) digits = '0'.repeat(places - digits.length + 1) + digits;
      const whole = digits.slice(0, digits.length - places);
      const fraction = digits.slice(digits.length - places).replace(/0+$/, '');
      text = fraction ? `${whole}.${fraction}` : whole;
    }
    return negative && text !== '0' ? `-${text}` : text;
  }

  toNumber(): number {
    return Number(this.toString());
  }

  private alignedTo(exponent: number): bigint {
    return this.coefficient * 10n ** BigInt(this.exponent - exponent);
  }
}

/** One or more ASCII digits and nothing else. */
function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}
