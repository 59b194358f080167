/**
 * The search key of a UK telephone number: its digits, with +44 read as the leading 0, so that
 * "+44 7700 900101", "07700-900101" and "07700900101" are the same number to a call handler.
 */
export function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, "");
  return digits.startsWith("44") && digits.length === 12 ? `0${digits.slice(2)}` : digits;
}
