// The bench's minimal page, built like the add-in (production, ts-loader, the same local office.js).
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const ROOT = path.join(__dirname, "..", "..");

module.exports = (env = {}) => ({
  mode: "production",
  devtool: false,
  context: ROOT,
  entry: { minimal: path.join(__dirname, "index.tsx") },
  output: { path: path.resolve(ROOT, env.outDir || "test-results/bench-minimal"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: path.join(ROOT, "tsconfig.json") } },
      },
    ],
  },
  performance: { hints: false },
  plugins: [
    new HtmlWebpackPlugin({ filename: "minimal.html", template: path.join(__dirname, "minimal.html") }),
    new CopyWebpackPlugin({
      patterns: ["office.js", "o15apptofilemappingtable.js", "en-us/**"].map((file) => ({
        from: file,
        context: path.join(ROOT, "node_modules/@microsoft/office-js/dist"),
        to: "office-js/",
        info: { minimized: true }, // Terser must not touch office.js
      })),
    }),
  ],
});
