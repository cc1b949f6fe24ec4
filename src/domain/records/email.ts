/**
 * A practical email check (not RFC 5322's full grammar, which accepts addresses no mail program sends to): one
 * "@", no white space, a local part of at most 64 characters without quotes, brackets or a stray dot, and a domain
 * of at least two dot-separated labels (letters, digits and inner hyphens, internationalised ones included) whose
 * last is a name of letters. Full-width characters typed with a Chinese input method read as their ASCII ("＠").
 */

const LOCAL_PART = /^[^\s@"(),:;<>[\]\\]+$/u;
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LEVEL = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;

/** The address with its domain in lower case (domains are case-insensitive, local parts may not be), or undefined. */
export function normaliseEmail(text: string): string | undefined {
  const address = text.normalize("NFKC").trim();
  const at = address.indexOf("@");
  if (at < 0 || address.lastIndexOf("@") !== at) return undefined;
  const local = address.slice(0, at);
  const domain = address.slice(at + 1).toLowerCase();
  return isLocalPart(local) && isDomain(domain) ? `${local}@${domain}` : undefined;
}

function isLocalPart(local: string): boolean {
  return (
    local.length <= MAX_LOCAL &&
    LOCAL_PART.test(local) &&
    !local.startsWith(".") &&
    !local.endsWith(".") &&
    !local.includes("..")
  );
}

function isDomain(domain: string): boolean {
  const labels = domain.split(".");
  return (
    domain.length <= MAX_DOMAIN &&
    labels.length >= 2 &&
    labels.every((label) => DOMAIN_LABEL.test(label)) &&
    TOP_LEVEL.test(labels[labels.length - 1])
  );
}
