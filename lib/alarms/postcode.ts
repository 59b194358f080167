// UK postcodes: outward code, a space, inward code (BS 7666). GIR 0AA is the one oddity.
const POSTCODE = /^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$/;

export function isUkPostcode(value: string): boolean {
  return POSTCODE.test(value.trim().toUpperCase().replace(/\s+/g, " "));
}

/** "kb1 1aa" → "KB1 1AA". */
export function normalisePostcode(value: string): string {
  const compact = value.toUpperCase().replace(/\s+/g, "");
  return `${compact.slice(0, -3)} ${compact.slice(-3)}`;
}

/** The search key: upper case, no spaces. */
export function postcodeKey(value: string): string {
  return value.toUpperCase().replace(/\s+/g, "");
}
