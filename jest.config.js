/** Three kinds of test, one runner: pure/host tests in Node, React components in jsdom, the built page in Chromium. */
const tsJest = [
  "ts-jest",
  { tsconfig: { module: "commonjs", moduleResolution: "node", jsx: "react-jsx", esModuleInterop: true } },
];

// opencc-js ships its dictionaries (the search's Traditional/Simplified table) as ES modules only: compiled for jest.
const esmOnly = ["ts-jest", { tsconfig: { module: "commonjs", allowJs: true } }];

const common = {
  transform: { "^.+\\.tsx?$": tsJest, "/node_modules/opencc-js/.+\\.js$": esmOnly },
  transformIgnorePatterns: ["/node_modules/(?!opencc-js/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
};

module.exports = {
  // Fluent UI in jsdom renders slowly on a 2-core machine: a whole form walked through takes seconds.
  testTimeout: 30_000,
  projects: [
    {
      ...common,
      displayName: "unit",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/{domain,functions,excel,memory-host,manifest,spreadsheet}/**/*.test.ts"],
      setupFiles: ["<rootDir>/test/support/custom-functions-runtime.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/loaded-languages.ts"],
    },
    {
      ...common,
      displayName: "components",
      testEnvironment: "jsdom",
      testMatch: ["<rootDir>/test/taskpane/**/*.test.tsx"],
      setupFiles: ["<rootDir>/test/support/jsdom-globals.ts"],
      setupFilesAfterEnv: [
        "<rootDir>/test/support/loaded-languages.ts",
        "<rootDir>/test/support/preloaded-sections.ts",
      ],
    },
    {
      ...common,
      displayName: "browser",
      testEnvironment: "node",
      testMatch: ["<rootDir>/test/browser/**/*.test.ts"],
      setupFilesAfterEnv: ["<rootDir>/test/support/loaded-languages.ts"],
    },
  ],
};
