/**
 * Phone numbers of the procedures' customers (REQ 5: China mobiles are 11 digits), checked by hand-written rules
 * (no phone library: these few rules are all the procedures need, and the bundle stays lean).
 *
 * Accepted, once spaces, dashes, dots and parentheses are stripped (full-width characters read as their ASCII):
 * - China mobile: 11 digits 1[3-9]…, also after +86, 0086 or a bare 86;
 * - China landline: 0, an area code (10, 2x or three digits from 3xx) and 7–8 digits; after +86 without the 0;
 * - Vietnam: 10 digits starting 03, 05, 07, 08 or 09 (mobile) or 11 digits starting 02 (landline); after +84
 *   without the 0;
 * - any other country: + (or 00), then 8–15 digits (E.164's longest), the country code not starting with 0.
 *
 * Canonical form: digits only, so one number is always the same text (for lookups and duplicate checks) and can be
 * dialled as it stands. A number typed with a country code keeps it as "+<country><number>" (a trunk 0 written
 * after it, "+84 (0)912…", is dropped): "+86 138-0013-8000" → "+8613800138000". A number typed nationally stays
 * national: "138 0013 8000" → "13800138000", "(0755) 1234-5678" → "075512345678". No country code is added to a
 * national number: "024 3812 3456" is a landline in Hanoi and in Shanghai alike.
 */

/** Separators people type inside a phone number; the dashes include the typographic ones. */
const SEPARATORS = /[\s\-\u2010-\u2015.()]/gu;

const CHINA_MOBILE = "1[3-9]\\d{9}";
/** A China landline without its trunk 0: area code 10, 2x or a three-digit one from 3xx, then 7–8 digits. */
const CHINA_LANDLINE = "(?:10|2\\d|[3-9]\\d{2})\\d{7,8}";
/** A Vietnam number without its trunk 0: mobile 9 digits from 3, 5, 7, 8, 9; landline 10 digits from 2. */
const VIETNAM_NUMBER = "(?:[35789]\\d{8}|2\\d{9})";

const CHINA = new RegExp(`^(?:${CHINA_MOBILE}|${CHINA_LANDLINE})$`);
const VIETNAM = new RegExp(`^${VIETNAM_NUMBER}$`);
const NATIONAL = new RegExp(`^(?:${CHINA_MOBILE}|0${CHINA_LANDLINE}|0${VIETNAM_NUMBER})$`);
/** "86" before a China mobile: the country code typed without its "+". */
const BARE_CHINA_CODE = new RegExp(`^86(${CHINA_MOBILE})$`);
const OTHER_COUNTRY = /^[1-9]\d{7,14}$/;

/** The canonical form of a phone number, or undefined when it is not one the rules accept. */
export function normalisePhone(text: string): string | undefined {
  const compact = text.normalize("NFKC").replace(SEPARATORS, "");
  const international = /^(?:\+|00)(\d+)$/.exec(compact);
  if (international) return internationalNumber(international[1]);
  if (!/^\d+$/.test(compact)) return undefined;
  const bare = BARE_CHINA_CODE.exec(compact);
  if (bare) return `+86${bare[1]}`;
  return NATIONAL.test(compact) ? compact : undefined;
}

/** A number after its "+" or "00": China and Vietnam by their own rules, other countries by E.164's length. */
function internationalNumber(digits: string): string | undefined {
  if (digits.startsWith("86")) return withCountryCode("86", digits.slice(2), CHINA);
  if (digits.startsWith("84")) return withCountryCode("84", digits.slice(2), VIETNAM);
  return OTHER_COUNTRY.test(digits) ? `+${digits}` : undefined;
}

function withCountryCode(code: string, rest: string, national: RegExp): string | undefined {
  const number = rest.startsWith("0") ? rest.slice(1) : rest; // "+84 (0)912…": the trunk 0 is not dialled
  return national.test(number) ? `+${code}${number}` : undefined;
}
