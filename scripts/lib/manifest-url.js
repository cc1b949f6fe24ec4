/** The manifest as written points at the dev server; a build points it at ADDIN_URL instead. */
const DEV_URL = "https://localhost:3000";

/**
 * @param {string} xml
 * @param {string} baseUrl
 * @returns {string}
 */
function manifestForUrl(xml, baseUrl) {
  return xml.split(DEV_URL).join(baseUrl.replace(/\/+$/, ""));
}

module.exports = { DEV_URL, manifestForUrl };
