/** The manifest as written points at the dev server; a build points it at ADDIN_URL instead. */
const DEV_URL = "https://localhost:3000";

/**
 * Every URL moves to `baseUrl`; the app domain becomes its origin, since a domain carries no path.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function manifestForUrl(xml, baseUrl) {
  const base = baseUrl.replace(/\/+$/, "");
  return xml
    .split(`<AppDomain>${DEV_URL}</AppDomain>`)
    .join(`<AppDomain>${new URL(base).origin}</AppDomain>`)
    .split(DEV_URL)
    .join(base);
}

module.exports = { DEV_URL, manifestForUrl };
