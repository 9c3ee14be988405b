#!/usr/bin/env node
// Uses the bot in a running Agents Playground as a person would and keeps what they saw: a screenshot of the page
// and of the newest card after every step. For trying a change by hand (the e2e's scenarios are playground-e2e.js).
//
//   node look.js --playground http://localhost:<port> --out <dir> "say:my items" "press:Start" "open:Group Chat" ...
//
// Steps: say:<text> (types and sends it), press:<button title> (on the newest card that has it; a button in the
// card's "…" overflow menu is found through "More options"), open:<conversation name>, wait:<ms>.
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./lib/browser');

const argv = process.argv.slice(2);
const opt = (name, def) => { const i = argv.indexOf('--' + name); return i >= 0 ? argv.splice(i, 2)[1] : def; };
const PLAYGROUND = opt('playground', 'http://localhost:56150');
const OUT = path.resolve(opt('out', 'look'));
const CARD = '.fai-OutputCard';
const settle = (ms) => new Promise((r) => setTimeout(r, ms));

(async () => {
  fs.mkdirSync(OUT, { recursive: true });
  const { context, close } = await launch({ width: 1200, height: 1400 });
  const page = context.pages()[0] || await context.newPage();
  let n = 0;
  const keep = async (name) => {
    const base = path.join(OUT, `${String(++n).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`);
    await page.screenshot({ path: base + '-page.png' });
    const cards = page.locator(CARD);
    if (await cards.count()) {
      await cards.last().screenshot({ path: base + '-card.png' }).catch(() => {});
      fs.writeFileSync(base + '-card.txt', await cards.last().innerText());
    }
    console.log(`kept ${base}-*.png`);
  };
  const box = () => page.locator('[role="textbox"][contenteditable="true"]').first();
  const cardsNow = () => page.locator(CARD).count();
  const untilNewCard = async (before) => {
    for (let i = 0; i < 60 && await cardsNow() <= before; i++) await settle(250);
    await settle(700); // the renderer lays the card out after it arrives
  };
  try {
    await page.goto(PLAYGROUND, { waitUntil: 'domcontentloaded' });
    await box().waitFor({ timeout: 30000 });
    await settle(2000);
    for (const step of argv) {
      const [kind, ...rest] = step.split(':');
      const value = rest.join(':');
      const before = await cardsNow();
      if (kind === 'say') {
        await box().click();
        await page.keyboard.type(value);
        await page.getByRole('button', { name: 'Send Message' }).first().click();
        await untilNewCard(before);
      } else if (kind === 'press') {
        const card = page.locator(CARD).filter({ has: page.getByRole('button', { name: value, exact: true }) }).last();
        if (await card.count()) {
          await card.getByRole('button', { name: value, exact: true }).last().click();
        } else {
          await page.locator(CARD).last().getByRole('button', { name: /more options|…/i }).last().click();
          await page.getByRole('menuitem', { name: value }).first().click();
        }
        await settle(2500);
      } else if (kind === 'open') {
        await page.getByRole('treeitem', { name: value }).first().click();
        await settle(2000);
      } else if (kind === 'wait') {
        await settle(parseInt(value, 10));
      }
      await keep(`${kind}-${value}`);
    }
  } catch (e) {
    console.log(`FAIL ${e.message.split('\n')[0]}`);
    await keep('error');
    process.exitCode = 1;
  } finally {
    await close();
  }
})();
