#!/usr/bin/env node
// Uses the bot in a running Agents Playground as a person would and keeps what they saw: a screenshot of the page
// and of the newest card after every step. For trying a change by hand (the e2e's scenarios are playground-e2e.js).
//
//   node look.js --playground http://localhost:<port> --out <dir> "say:my items" "press:Start" "open:Group Chat" ...
//
// Steps: say:<text> (types and sends it), mention:<text> (the same, @mentioning the bot first: a group chat's way), press:<button title> (on the newest card that has it; a button in the
// card's "…" overflow menu is found through "More options"), open:<conversation name>, wait:<ms>,
// select:<option> (in the newest dropdown of the current card), tick:<toggle title>, type:<text> (into the current
// card's newest text box), tick:* (the first toggle), search:<letters>=<option> (type-ahead), unticked (no toggle is ticked in advance), expect:<text> / absent:<text> (the current card — the one last answered or pressed —
// shows it / does not), find:<text> (look at the newest card that shows it: a proactive message), post:<email> <url>
// (POST as that person, e.g. an administrator's nudge sweep, once the page is connected). Prints PASS/FAIL per expectation; exit code 1 if any failed (the e2e uses it that way).
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
  let current = null; // the index of the card a person is looking at
  let failed = 0;
  const currentCard = () => page.locator(CARD).nth(current == null ? -1 : current);
  const keep = async (name) => {
    const base = path.join(OUT, `${String(++n).padStart(2, '0')}-${name.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40)}`);
    await page.screenshot({ path: base + '-page.png' });
    if (await page.locator(CARD).count()) {
      await currentCard().screenshot({ path: base + '-card.png' }).catch(() => {});
      fs.writeFileSync(base + '-card.txt', await currentCard().innerText());
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
      if (kind === 'say' || kind === 'mention') {
        await box().click();
        if (kind === 'mention') {
          // in a group chat or channel the bot hears only a message that @mentions it: "@", a few letters, the menu
          const cfg = await (await fetch(new URL('/_internal/v1/config', PLAYGROUND))).json();
          await page.keyboard.type('@' + cfg.config.bot.name.slice(0, 3));
          await page.locator('#typeahead-menu [role="menuitem"]').first().click();
          await page.keyboard.type(' ');
        }
        await page.keyboard.type(value);
        await page.getByRole('button', { name: 'Send Message' }).first().click();
        await untilNewCard(before);
        current = (await cardsNow()) - 1;
      } else if (kind === 'press') {
        // the card being looked at first, then the newest card that has the button; else the current card's "…" menu
        const n = await cardsNow();
        const order = [...new Set([current == null ? n - 1 : current, ...Array.from({ length: n }, (_, i) => n - 1 - i)])];
        let at = -1;
        for (const i of order) {
          if (await page.locator(CARD).nth(i).getByRole('button', { name: value, exact: true }).count()) { at = i; break; }
        }
        if (at >= 0) {
          await page.locator(CARD).nth(at).getByRole('button', { name: value, exact: true }).last().click();
        } else {
          at = order[0];
          const more = page.locator(CARD).nth(at).locator('button, [role="button"]')
            .filter({ hasText: /^\s*(\.\.\.|…)\s*$/ });
          await (await more.count() ? more.last() : page.locator(CARD).nth(at)
            .getByRole('button', { name: /more/i }).last()).click();
          const item = page.getByRole('menuitem', { name: value }).first();
          await (await item.count() ? item : page.getByText(value, { exact: true }).last()).click();
        }
        current = at;
        await settle(2500);
        if (await cardsNow() > n) current = (await cardsNow()) - 1; // answered with a new message
      } else if (kind === 'select') {
        // the Playground renders a compact ChoiceSet as a combobox with a list box of options
        // (the newest one that offers the option)
        const boxes = currentCard().getByRole('combobox');
        let picked = false;
        for (let i = (await boxes.count()) - 1; i >= 0 && !picked; i--) {
          await boxes.nth(i).click();
          const option = page.getByRole('option', { name: value }).first();
          if (await option.isVisible().catch(() => false)) { await option.click(); picked = true; }
          else await page.keyboard.press('Escape');
        }
        if (!picked) throw new Error(`no dropdown of the card offers "${value}"`);
      } else if (kind === 'search') {
        // search:<letters>=<option>: types into the current card's newest type-ahead box and picks what it offers
        const [letters, wanted] = value.split('=');
        const box = currentCard().getByRole('combobox').last();
        await box.click();
        await page.keyboard.type(letters, { delay: 80 });
        const option = page.getByRole('option', { name: wanted }).first();
        await option.waitFor({ state: 'visible', timeout: 15000 });
        await option.click();
      } else if (kind === 'tick') {
        const boxes = currentCard().getByRole('checkbox');
        await (value === '*' ? boxes.first() : currentCard().getByRole('checkbox', { name: value }).first()).check();
      } else if (kind === 'unticked') {
        const boxes = currentCard().getByRole('checkbox');
        let ticked = 0;
        for (let i = 0; i < await boxes.count(); i++) if (await boxes.nth(i).isChecked()) ticked++;
        const ok = ticked === 0 && await boxes.count() > 0;
        if (!ok) failed++;
        console.log(`${ok ? 'PASS' : 'FAIL'} ${await boxes.count()} toggles, ${ticked} ticked in advance`);
        continue;
      } else if (kind === 'type') {
        await currentCard().locator('textarea, input[type="text"]').last().fill(value);
      } else if (kind === 'expect' || kind === 'absent') {
        const text = await currentCard().innerText();
        const ok = text.includes(value) === (kind === 'expect');
        if (!ok) failed++;
        console.log(`${ok ? 'PASS' : 'FAIL'} ${kind === 'expect' ? 'shows' : 'does not show'} "${value}"`
          + (ok ? '' : ` — the card reads: ${JSON.stringify(text.slice(0, 300))}`));
        continue;
      } else if (kind === 'open') {
        // at this width the conversation list starts hidden behind the "Toggle app bar …" button
        const item = page.getByRole('treeitem').filter({ hasText: value }).first();
        if (!await item.click({ timeout: 3000 }).then(() => true, () => false)) {
          await page.locator('button[title="Toggle app bar and conversation window"]').first().click();
          await settle(1000);
          await item.click();
        }
        await settle(2000);
      } else if (kind === 'post') {
        // post:<email> <url>: an administrator's request while the page is connected (the Playground hands a proactive
        // message only to the page connected when it arrives), e.g. a nudge sweep; the answer is printed
        const [user, url] = [value.slice(0, value.indexOf(' ')), value.slice(value.indexOf(' ') + 1)];
        const answer = await fetch(url, { method: 'POST', headers: { 'X-Excoord-User': user } });
        const body = await answer.text();
        console.log(`posted ${url}: ${answer.status} ${body.slice(0, 300)}`);
        if (!answer.ok) throw new Error(`POST ${url} answered ${answer.status}`);
        await settle(1500);
        continue;
      } else if (kind === 'wait') {
        await settle(parseInt(value, 10));
      } else if (kind === 'find') {
        // a card that came unasked (a proactive message) among others: look at the newest one showing the text
        const cards = page.locator(CARD);
        let found = null;
        for (let i = (await cards.count()) - 1; i >= 0 && found == null; i--) {
          if ((await cards.nth(i).innerText()).includes(value)) found = i;
        }
        if (found == null) throw new Error(`no card shows "${value}"`);
        current = found;
        await cards.nth(found).scrollIntoViewIfNeeded();
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
  if (failed) process.exitCode = 1;
})();
