// Jest loads global setup with Node's own resolver, which does not map the `.js` suffixes of our
// TypeScript imports to the `.ts` sources; tsx does.
const { require: requireTypeScript } = require("tsx/cjs/api");

module.exports = requireTypeScript("./start-contract-prism.ts", __filename).startContractPrism;
