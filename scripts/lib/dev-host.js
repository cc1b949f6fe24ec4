/*
 * The address the dev server (`npm start`, `webpack serve`) listens on. Loopback by default, so that the dev add-in
 * is reachable from this computer only; `VOC_DEV_HOST=0.0.0.0` or `npm start -- --host 0.0.0.0` opens it to the
 * network (a phone or another computer testing the pane), and says so when it starts.
 */
const LOOPBACK_HOST = "localhost";

/**
 * The host named by a `--host <host>` or `--host=<host>` argument, else by VOC_DEV_HOST, else loopback.
 * A host is a name or an address alone: no scheme, port, path or space.
 * @param {{ readonly [name: string]: string | undefined }} env
 * @param {readonly string[]} [args] the command line's arguments after the script
 * @returns {string}
 */
function devServerHost(env, args = []) {
  let flag;
  args.forEach((arg, index) => {
    if (arg === "--host") flag = args[index + 1] ?? "";
    else if (arg.startsWith("--host=")) flag = arg.slice("--host=".length);
  });
  const chosen = (flag ?? env.VOC_DEV_HOST ?? "").trim();
  if (chosen === "") {
    if (flag !== undefined) throw new Error("--host needs an address, such as --host 0.0.0.0.");
    return LOOPBACK_HOST;
  }
  const bare = chosen.replace(/^\[(.*)\]$/, "$1"); // [::1] as written in a URL
  // One colon is a port ("localhost:3000"); an IPv6 address has two or more.
  if (!/^[\w.:%-]+$/.test(bare) || /^[^:]+:\d*$/.test(bare)) {
    throw new Error(`The dev server's host must be a name or an address alone (such as 0.0.0.0), not "${chosen}".`);
  }
  return bare;
}

/**
 * Whether only this computer can reach `host`.
 * @param {string} host
 * @returns {boolean}
 */
function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127(\.\d{1,3}){3}$/.test(host);
}

module.exports = { LOOPBACK_HOST, devServerHost, isLoopback };
