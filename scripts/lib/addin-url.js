/** Files are written against the dev server; a build points them at ADDIN_URL instead. */
const DEV_URL = "https://localhost:3000";

/**
 * Every dev-server address in `text` moved to `baseUrl`.
 * @param {string} text
 * @param {string} baseUrl
 * @returns {string}
 */
function withBaseUrl(text, baseUrl) {
  return text.split(DEV_URL).join(baseUrl.replace(/\/+$/, ""));
}

/**
 * The manifest for `baseUrl`; its app domain becomes the origin, since a domain carries no path.
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function manifestForUrl(xml, baseUrl) {
  const domain = `<AppDomain>${new URL(baseUrl).origin}</AppDomain>`;
  return withBaseUrl(xml.split(`<AppDomain>${DEV_URL}</AppDomain>`).join(domain), baseUrl);
}

module.exports = { DEV_URL, withBaseUrl, manifestForUrl };
