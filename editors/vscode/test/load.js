// Loads the bundled extension outside VS Code with a stand-in for the `vscode` module:
// the bundle must carry everything else it needs (the language client) and export
// activate and deactivate. Run by build-test.sh: node test/load.js out/extension.js

"use strict";
const path = require("path");
const Module = require("module");
// Any property, call or construction of the stand-in gives another stand-in.
function stub() {
  const f = function () {};
  return new Proxy(f, {
    get(target, key) {
      if (key === "prototype") return target.prototype;
      if (key === Symbol.toPrimitive) return () => "";
      if (!(key in target)) target[key] = stub();
      return target[key];
    },
    construct() { return stub(); },
    apply() { return stub(); },
  });
}
const original = Module._load;
Module._load = function (request, ...rest) {
  if (request === "vscode") return stub();
  return original.call(this, request, ...rest);
};
const ext = require(path.resolve(process.argv[2] || "out/extension.js"));
if (typeof ext.activate !== "function" || typeof ext.deactivate !== "function") {
  console.error("no activate/deactivate exported"); process.exit(1);
}
console.log("loads; exports activate and deactivate");
