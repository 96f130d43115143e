// Loaded through tsx for the same reason as global-setup.cjs.
const { require: requireTypeScript } = require("tsx/cjs/api");

module.exports = requireTypeScript("./stop-contract-prism.ts", __filename).stopContractPrism;
