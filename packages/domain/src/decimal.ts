/**
 * Exact decimal arithmetic for the few places where a published figure must be reproduced to the last digit
 * (IKM konversi, angka kredit). Binary floating point cannot represent 0,11 or 88,305 exactly, so rounding them
 * with `Math.round(x * 100) / 100` can drift across a classification boundary; these helpers work on integers.
 */

export type Rational = { num: bigint; den: bigint };

// Stryker disable next-line Regex: String() of a finite number is always the whole match and always signs its exponent, so dropping an anchor or the sign's `?` changes nothing
const DECIMAL_TEXT = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/i;

/**
 * The exact value of a number's shortest decimal representation (what `String(value)` prints), as a fraction.
 * `0.11` becomes 11/100, not the binary approximation 0.11000000000000000056….
 */
export function toRational(value: number): Rational {
  if (!Number.isFinite(value)) {
    throw new RangeError(`Nilai harus berupa bilangan berhingga, bukan ${value}.`);
  }
  const match = DECIMAL_TEXT.exec(String(value));
  // Unreachable for a finite number (String() always prints this shape); kept so no caller can get garbage.
  // Stryker disable next-line ConditionalExpression,BlockStatement: no finite number reaches the throw
  if (match === null) {
    // Stryker disable next-line StringLiteral: unreachable (see above)
    throw new RangeError(`Nilai tidak dapat dibaca sebagai desimal: ${value}.`);
  }
  const [, sign, whole, fraction = '', exponentText] = match;
  const exponent = Number(exponentText ?? 0) - fraction.length;
  const magnitude = BigInt(`${whole}${fraction}`);
  let num = sign === '-' ? -magnitude : magnitude;
  let den = 1n;
  // Stryker disable next-line EqualityOperator: at exponent 0 both branches multiply or divide by 10^0 = 1
  if (exponent >= 0) {
    num *= 10n ** BigInt(exponent);
  } else {
    den = 10n ** BigInt(-exponent);
  }
  return { num, den };
}

/**
 * The fraction num/den rounded half away from zero to `decimals` places, as an integer count of 10^-decimals
 * units (e.g. 23875/261 at 2 decimals → 9148n, meaning 91,48). Exact: no binary floating point is involved.
 */
export function roundRationalToUnits(num: bigint, den: bigint, decimals: number): bigint {
  if (den === 0n) {
    throw new RangeError('Penyebut tidak boleh nol.');
  }
  if (!Number.isInteger(decimals) || decimals < 0) {
    throw new RangeError('Jumlah desimal harus bilangan bulat tidak negatif.');
  }
  // Stryker disable next-line EqualityOperator: for num = 0 the sign is irrelevant (0 units), and den = 0 threw above
  const negative = num < 0n !== den < 0n;
  // Stryker disable next-line EqualityOperator: -0n and 0n are the same bigint
  const absNum = num < 0n ? -num : num;
  // Stryker disable next-line EqualityOperator: den = 0 threw above
  const absDen = den < 0n ? -den : den;
  const scaled = absNum * 10n ** BigInt(decimals);
  let units = scaled / absDen;
  if ((scaled % absDen) * 2n >= absDen) {
    units += 1n;
  }
  return negative ? -units : units;
}

/**
 * Rounds the fraction num/den to `decimals` places, half away from zero ("setengah ke atas" for the positive
 * values the rules produce), exactly. Returns the nearest double to the rounded decimal, e.g. 91.48.
 */
export function roundRationalHalfUp(num: bigint, den: bigint, decimals: number): number {
  // A bigint has no negative zero, so a negative value that rounds to 0 gives plain 0 here.
  return Number(roundRationalToUnits(num, den, decimals)) / 10 ** decimals;
}

/**
 * Rounds a number half-up to `decimals` places using its decimal representation, so 88.305 becomes 88.31 (while
 * `Math.round(88.305 * 100) / 100` gives 88.3 because 88.305 is stored as 88.30499999…).
 */
export function roundHalfUp(value: number, decimals: number): number {
  const { num, den } = toRational(value);
  return roundRationalHalfUp(num, den, decimals);
}

/** The fraction as the nearest double, for reporting unrounded values. */
export function rationalToNumber(num: bigint, den: bigint): number {
  // Both exact as doubles: one correctly rounded division. Otherwise (e.g. 2^53 + 1, or beyond the double range)
  // divide in integers first, to 18 decimals.
  if (Number.isSafeInteger(Number(num)) && Number.isSafeInteger(Number(den))) {
    return Number(num) / Number(den);
  }
  const scale = 10n ** 18n;
  return Number((num * scale) / den) / 1e18;
}
