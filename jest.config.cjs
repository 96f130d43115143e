/** Jest runs the TypeScript sources as CommonJS; type checking is `npm run typecheck`'s job. */
const shared = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  moduleNameMapper: {
    // The sources' web platform, swapped for one with Node's default transport (see that module).
    "^(\\.{1,2}/)+(core/)?platform/index\\.js$":
      "<rootDir>/test/support/node-transport/platform.ts",
    "^(\\.{1,2}/.*)\\.js$": "$1",
  },
  transform: {
    "^.+\\.ts$": [
      "ts-jest",
      {
        tsconfig: {
          module: "commonjs",
          moduleResolution: "node10",
          target: "ES2022",
          esModuleInterop: true,
          isolatedModules: true,
          resolveJsonModule: true,
        },
        diagnostics: false,
      },
    ],
  },
};

// Tests whose clients reach a server over the network through the default transport: they run on
// Node's transport (undici) in the first project and again on the global `fetch` in the second.
const NETWORK_TESTS = [
  "<rootDir>/test/core/behaviour/**/*.test.ts",
  "<rootDir>/test/hostile/**/*.test.ts",
  "<rootDir>/test/security/**/*.test.ts",
  "<rootDir>/test/resources/**/*.behaviour.test.ts",
  "<rootDir>/test/resources/**/loopback-*.test.ts",
  "<rootDir>/test/conformance/**/*.test.ts",
];

module.exports = {
  testTimeout: 20000,
  globalSetup: "<rootDir>/test/support/global-setup.cjs",
  globalTeardown: "<rootDir>/test/support/global-teardown.cjs",
  projects: [
    { ...shared, displayName: "undici", testMatch: ["**/*.test.ts"] },
    {
      ...shared,
      displayName: "fetch",
      testMatch: NETWORK_TESTS,
      globals: { TEST_TRANSPORT: "fetch" },
      moduleNameMapper: {
        "^(\\.{1,2}/)+(src/)?(node/)?default-fetch\\.js$":
          "<rootDir>/test/support/fetch-transport/default-fetch.ts",
        ...shared.moduleNameMapper,
      },
    },
  ],
};
