/* global require, module, __dirname, console */
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: the extension host require()s this file */
// Entry point of the extension-host test suite (VS Code's `extensionTestsPath`): VS Code loads
// this file inside the extension host and calls run(); the returned promise decides the exit code.
// test/e2e/vscode.test.ts opens code-server with this path in the `payload` URL parameter and
// reads mocha's output and the exit code back through codeAutomationLog / codeAutomationExit.
'use strict';

const path = require('node:path');
const Mocha = require('mocha');

function run() {
  const mocha = new Mocha({ ui: 'tdd', reporter: 'spec', color: false, timeout: 60_000 });
  mocha.addFile(path.join(__dirname, 'extension.test.cjs'));
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => {
        if (failures > 0) reject(new Error(`${failures} extension-host test(s) failed`));
        else resolve();
      });
    } catch (error) {
      console.error(error);
      reject(error);
    }
  });
}

module.exports = { run };
