import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import prettier from "eslint-config-prettier";
import globals from "globals";

export default tseslint.config(
  { ignores: ["node_modules", "dist", "dist-test", "test-results", "coverage"] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-explicit-any": "error",
    },
  },
  {
    // Custom functions receive Excel ranges as any[][]: the Office.js boundary.
    files: ["src/functions/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Only src/excel and the in-memory host may speak Office.js; components go through the Excel hook.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/domain/**/*.ts"],
    rules: { "no-restricted-globals": ["error", { name: "Excel", message: "Office.js calls belong in src/excel." }] },
  },
  {
    files: ["**/*.{js,mjs,cjs}"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Build scripts and their helpers are CommonJS (webpack.config.js, scripts/lib).
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  prettier,
);
