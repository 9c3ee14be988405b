// Headless Debian Chromium through playwright-core (no Playwright browser download).
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** A fresh profile in a temp dir each time; close() removes it. */
async function launch(viewport = { width: 1400, height: 1000 }) {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'excoord-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    viewport,
  });
  const close = async () => {
    try { await context.close(); } finally { fs.rmSync(userDataDir, { recursive: true, force: true }); }
  };
  return { context, close };
}

module.exports = { launch, CHROMIUM };
