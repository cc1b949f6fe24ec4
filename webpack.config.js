const fs = require("fs");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { EvalSourceMapDevToolPlugin } = require("webpack");
const { HelpPagesPlugin } = require("./scripts/lib/help-pages");
const { DEV_URL, manifestForUrl, withBaseUrl } = require("./scripts/lib/addin-url");
const { devServerHost } = require("./scripts/lib/dev-host");

const HOSTED_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const LOCAL_OFFICE_JS = "office-js/office.js";
const CERTS = path.join(__dirname, ".certs");

/** The address the add-in is served from, without a trailing slash; every manifest URL follows it. */
function addinUrl(production) {
  const url = (process.env.ADDIN_URL || (production ? "" : DEV_URL)).replace(/\/+$/, "");
  if (!url) return DEV_URL;
  if (!/^https:\/\/[^\s"<>]+$/.test(url)) throw new Error(`ADDIN_URL must be an https:// address, not "${url}".`);
  return url;
}

function devServerHttps() {
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(CERTS, f)]));
  if (!Object.values(paths).every((p) => fs.existsSync(p))) return "https"; // webpack's own self-signed certificate
  return { type: "https", options: Object.fromEntries(Object.entries(paths).map(([k, p]) => [k, fs.readFileSync(p)])) };
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  // The preview page (task pane beside an in-memory workbook) is built for development and tests, not shipped.
  const preview = Boolean(env.preview) || !production;
  const outDir = path.resolve(__dirname, env.outDir || "dist");
  const baseUrl = addinUrl(production);

  const html = (name, chunks, officeJs) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/${name === "preview" ? "preview" : "taskpane"}/${name}.html`,
      chunks,
      chunksSortMode: "manual", // in the order given: deferred scripts run in document order
      templateParameters: { officeJs },
    });

  return {
    // Development maps come from the plugin below, for our own code only.
    devtool: false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...(preview ? { preview: "./src/preview/index.tsx" } : {}),
    },
    // Sections load as named chunks (section-record.js…); the bench and the bundle guard read them by name.
    output: { path: outDir, filename: "[name].js", chunkFilename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Production: makeStyles() compiled to CSS at build time (after ts-loader), so the pane ships no style
            // compiler. Fluent's own packages are compiled already.
            ...(production ? [{ loader: "@griffel/webpack-loader" }] : []),
            { loader: "ts-loader", options: { onlyCompileBundledFiles: true } },
          ],
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // Development: what "eval-cheap-module-source-map" gives (line maps to the TypeScript inside eval'd modules,
      // rebuilt in milliseconds), but not for node_modules, whose maps only led from their JavaScript back to the
      // same JavaScript: they were over half the dev server's taskpane.js (9.4 MB, now 4.3 MB).
      ...(production
        ? []
        : [
            new EvalSourceMapDevToolPlugin({
              exclude: /node_modules/,
              module: true,
              columns: false,
              namespace: "voc-ledger",
            }),
          ]),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new HelpPagesPlugin({ root: __dirname, rewriteUrls: (text) => withBaseUrl(text, baseUrl) }),
      // In Excel's shared runtime the task pane page also hosts the custom functions: functions.js comes first, so
      // they register without waiting for the task pane's larger script to arrive and run.
      html("taskpane", ["functions", "taskpane"], HOSTED_OFFICE_JS),
      ...(preview ? [html("preview", ["preview"], LOCAL_OFFICE_JS)] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => manifestForUrl(content.toString(), baseUrl),
          },
          ...(preview
            ? ["office.js", "o15apptofilemappingtable.js", "en-us/**"].map((file) => ({
                from: file,
                context: "node_modules/@microsoft/office-js/dist",
                to: "office-js/",
                info: { minimized: true }, // Terser must not touch office.js
              }))
            : []),
        ],
      }),
    ],
    devServer: {
      // Loopback only, unless VOC_DEV_HOST (or `npm start -- --host`) opens the dev add-in to the network.
      host: devServerHost(process.env),
      port: 3000,
      server: devServerHttps(),
      headers: { "Access-Control-Allow-Origin": "*" },
      static: false,
      client: { overlay: { warnings: false } },
    },
  };
};
