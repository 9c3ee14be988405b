#!/usr/bin/env node
// End-to-end scenarios of the excoord Teams bot, driven through Microsoft 365 Agents Playground (no-auth mode)
// with headless Debian Chromium (playwright-core). run.sh starts the bot and the Playground first.
//
//   1. personal chat: "my items" -> a card with item numbers (AI-YYYY-NNNNNN)
//   2. "Start" (Action.Execute) on that card, or on the card of "item <number>" -> the card is replaced in place
//      and shows "In Progress"; GET /api/v1/action-items/<number> says "status":"IN_PROGRESS"
//   3. proactive: POST /api/v1/action-items/<number>/nudge by the user's manager -> 202 and a new card in the
//      personal chat
//   4. group chat: "@excoord help" with a real mention -> the bot answers in the group chat with a card
//   5. every card the bot sent (messages, updates, invoke responses) -> <out>/cards/*.json
//
// What the bot sent is read from the Playground's own events recording (--enable-events-recording), what a user
// sees from the Playground's page (screenshots in <out>/screenshots). Prints PASS/FAIL per check and
// "N passed, N failed"; exit code 1 if anything failed.
//
// Usage: node playground-e2e.js --events <recording file> --playground http://localhost:<port> --bot http://127.0.0.1:<port>
//                               [--out ../target/e2e] [--user alexw@example.com] [--timeout 30000]
// (run.sh chooses free ports for both and passes them; every wait is for a condition, with a timeout)
'use strict';
const fs = require('fs');
const path = require('path');
const { launch } = require('./lib/browser');

function arg(name, def) {
  const i = process.argv.indexOf('--' + name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : def;
}
function required(name) {
  const value = arg(name);
  if (!value) { console.log(`FAIL --${name} is required (run.sh passes it)`); process.exit(2); }
  return value;
}
const PLAYGROUND = required('playground');
const BOT = required('bot');
const USER = arg('user', 'alexw@example.com');
// who nudges USER's items in the proactive scenario: their manager (nobody reminds themselves)
const NUDGER = arg('nudger', 'pattif@example.com');
const OUT = path.resolve(arg('out', path.join(__dirname, '..', 'target', 'e2e')));
const EVENTS = arg('events', path.join(OUT, 'logs', 'playground-events.log'));
const TIMEOUT = parseInt(arg('timeout', '30000'), 10);
// the Playground's own log (it writes ./devTools/m365agentsplayground.log in its working directory)
const PLAYGROUND_LOG = arg('playground-log', path.join(OUT, 'logs', 'playground', 'devTools', 'm365agentsplayground.log'));
const SHOTS = path.join(OUT, 'screenshots');
const CARDS = path.join(OUT, 'cards');
const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const NUMBER = /AI-\d{4}-\d{6}/g;
// a card message in the conversation pane (the Log Panel on the right only shows text, never a rendered card)
const CARD_MESSAGE = '.fai-OutputCard';

const results = [];
const ok = (step, detail) => { results.push({ step, ok: true, detail }); console.log(`PASS ${step}${detail ? ' - ' + detail : ''}`); };
const fail = (step, err) => {
  const detail = String((err && err.message) || err).split('\n')[0];
  results.push({ step, ok: false, detail });
  console.log(`FAIL ${step} - ${detail}`);
};
const notes = [];
const note = (text) => { notes.push(text); console.log(`NOTE ${text}`); };
// the poll interval of the bounded waits below (each waits for a condition and gives up at its timeout)
const pollInterval = (ms) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ the Playground's events recording

/** Every exchange the Playground recorded: pretty-printed JSON objects separated by "---" lines. */
function readEvents() {
  let text;
  try { text = fs.readFileSync(EVENTS, 'utf8'); } catch (e) { return []; }
  return text.split(/^---\s*$/m).map((s) => s.trim()).filter(Boolean).map((s) => {
    try { return JSON.parse(s); } catch (e) { return null; }
  }).filter(Boolean);
}

const FROM_BOT = /^User Application ->/;
const TO_BOT = /-> User Application$/;

/**
 * Every card the bot sent, in order: message activities it posted to the connector (replies, proactive,
 * updates) and the cards of its adaptiveCard/action invoke responses.
 */
function botCards(events = readEvents()) {
  // ids of the activities the Playground sent to the bot: a bot message whose replyToId is one of them is a reply,
  // any other is proactive (the SDK's continueConversation replies to a made-up activity id)
  const incoming = new Set(events.filter((e) => TO_BOT.test(e.direction || '') && e.request && e.request.body)
    .map((e) => e.request.body.id).filter(Boolean));
  const cards = [];
  events.forEach((e, index) => {
    const body = e.request && e.request.body;
    if (FROM_BOT.test(e.direction || '') && body && Array.isArray(body.attachments)) {
      const method = (e.request.method || 'POST').toUpperCase();
      const kind = method === 'PUT' ? 'update' : body.replyToId && incoming.has(body.replyToId) ? 'reply' : 'proactive';
      body.attachments.filter((a) => a && a.contentType === CARD_TYPE && a.content).forEach((a) => cards.push({
        index, timestamp: e.timestamp, conversationId: (body.conversation && body.conversation.id) || e.conversationId,
        kind, replyToId: body.replyToId, url: e.request.url || '', card: a.content,
      }));
    }
    const res = e.response && e.response.body;
    if (TO_BOT.test(e.direction || '') && body && body.type === 'invoke' && res && res.type === CARD_TYPE && res.value) {
      cards.push({ index, timestamp: e.timestamp, conversationId: e.conversationId, kind: 'invoke-response',
        invoke: body.value, card: res.value });
    }
  });
  // the Playground appends an incoming exchange once the bot has answered it, after the replies sent meanwhile
  return cards.sort((a, b) => a.timestamp - b.timestamp || a.index - b.index);
}

/** Waits until the recording holds a bot card after position `after` (an events index) that matches. */
async function waitForBotCard(after, match = () => true, timeout = TIMEOUT) {
  const end = Date.now() + timeout;
  for (;;) {
    const found = botCards().filter((c) => c.index > after && match(c));
    if (found.length) return found[found.length - 1];
    if (Date.now() > end) throw new Error(`no card from the bot within ${timeout} ms${playgroundErrors()}`);
    await pollInterval(250);
  }
}

/** Waits for the recorded activity the Playground sent to the bot (e.g. the message we typed). */
async function waitForSent(after, match, timeout = 10000) {
  const end = Date.now() + timeout;
  for (;;) {
    const events = readEvents();
    for (let i = after + 1; i < events.length; i++) {
      const e = events[i];
      if (TO_BOT.test(e.direction || '') && e.request && e.request.body && match(e.request.body)) return { index: i, event: e };
    }
    if (Date.now() > end) throw new Error(`no recorded exchange with the bot within ${timeout} ms${playgroundErrors()}`);
    await pollInterval(200);
  }
}

const lastIndex = () => readEvents().length - 1;

/** The card answering the message we typed: the recorded incoming message, then a bot reply to its id. */
async function waitForReplyCard(after, conversationId, text) {
  const sent = await waitForSent(after, (b) => b.type === 'message' && b.conversation && b.conversation.id === conversationId
    && String(b.text || '').replace(/<at>[^<]*<\/at>/g, '').trim() === text, TIMEOUT);
  const card = await waitForBotCard(after, (c) => c.conversationId === conversationId && c.kind === 'reply' && c.replyToId === sent.event.request.body.id);
  return { sent, card };
}

/** The recording holds only exchanges that worked; a failed call to the bot shows in the Playground's log. */
function playgroundErrors() {
  let text = '';
  try { text = fs.readFileSync(PLAYGROUND_LOG, 'utf8'); } catch (e) { return ''; }
  const found = text.split('\n').filter((l) => /Error|status code|ECONNREFUSED|timeout/i.test(l) && !/^\s+at /.test(l));
  const seen = [...new Set(found.map((l) => l.replace(/^(log|debug|error)\s+/, '').trim().slice(0, 200)))];
  return seen.length ? ` (Playground log: ${seen.slice(-3).join(' | ')})` : '';
}

/** Every Action.* in a card (body ActionSets, card actions, ShowCard sub-cards), in document order. */
function actionsOf(node, out = []) {
  if (Array.isArray(node)) { node.forEach((n) => actionsOf(n, out)); return out; }
  if (!node || typeof node !== 'object') return out;
  if (typeof node.type === 'string' && node.type.startsWith('Action.')) out.push(node);
  for (const [k, v] of Object.entries(node)) if (k !== 'data' && v && typeof v === 'object') actionsOf(v, out);
  return out;
}
const numbersIn = (card) => [...new Set(JSON.stringify(card).match(NUMBER) || [])];

// ------------------------------------------------------------------ the bot's REST API

async function api(method, p, as = USER) {
  const r = await fetch(BOT + p, { method, headers: { 'X-Excoord-User': as, accept: 'application/json' } });
  const text = await r.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch (e) { /* not JSON */ }
  return { status: r.status, text, json };
}

// ------------------------------------------------------------------ scenarios

(async () => {
  const t0 = Date.now();
  fs.rmSync(SHOTS, { recursive: true, force: true });
  for (const d of [SHOTS, CARDS]) fs.mkdirSync(d, { recursive: true });
  const { context, close } = await launch();
  const page = context.pages()[0] || await context.newPage();
  const offline = new Set();
  page.on('requestfailed', (r) => { if (!/^https?:\/\/(localhost|127\.0\.0\.1)/.test(r.url())) offline.add(new URL(r.url()).host); });
  let shotNo = 0;
  const shot = async (name) => {
    const p = path.join(SHOTS, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
    try { await page.screenshot({ path: p }); } catch (e) { /* page gone */ }
    return p;
  };
  const cardMessages = () => page.locator(CARD_MESSAGE);
  const waitCardCount = async (n, timeout = TIMEOUT) => {
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length >= n, [CARD_MESSAGE, n], { timeout });
  };
  const box = () => page.locator('[role="textbox"][contenteditable="true"]').first();
  const send = async (text, { mention = false } = {}) => {
    await box().click();
    if (mention) {
      // a real mention, as a user makes it: "@", a few letters, pick the bot from the typeahead menu
      const cfg = await (await fetch(new URL('/_internal/v1/config', PLAYGROUND))).json();
      await page.keyboard.type('@' + cfg.config.bot.name.slice(0, 3));
      await page.locator('#typeahead-menu [role="menuitem"]').first().click();
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    await page.getByRole('button', { name: 'Send Message' }).first().click();
  };
  // switching sends installationUpdate + conversationUpdate; they have settled once the Playground recorded the
  // exchange (it records an incoming activity after the bot answered it)
  const openConversation = async (name, conversationId) => {
    const mark = lastIndex();
    await page.getByRole('treeitem', { name }).first().click();
    try {
      await waitForSent(mark, (b) => /^(conversationUpdate|installationUpdate)$/.test(b.type || '')
        && b.conversation && b.conversation.id === conversationId, 10000);
    } catch (e) { note(`opening ${name} recorded no conversationUpdate: ${e.message}`); }
    await box().waitFor({ timeout: TIMEOUT });
  };

  const personal = { conversationId: null };
  let started = null; // { id, number }
  try {
    const cfg = await (await fetch(new URL('/_internal/v1/config', PLAYGROUND))).json();
    personal.conversationId = cfg.config.personalChat.id;
    const group = (cfg.config.groupChats || [cfg.config.groupChat])[0] || {};
    const groupId = group.id;
    const groupName = group.name || 'Group Chat';
    await page.goto(PLAYGROUND, { waitUntil: 'domcontentloaded' });
    await box().waitFor({ timeout: TIMEOUT });
    try {
      await waitForBotCard(-1, (c) => c.conversationId === personal.conversationId, 15000);
      ok('personal: welcome', 'the install was answered with a card');
    } catch (e) { note('no welcome card after opening the Playground (not required)'); }
    await shot('personal-open');

    // ---- 1. "my items"
    let listCard = null;
    try {
      const before = await cardMessages().count();
      const mark = lastIndex();
      await send('my items');
      listCard = (await waitForReplyCard(mark, personal.conversationId, 'my items')).card;
      await waitCardCount(before + 1);
      const numbers = numbersIn(listCard.card);
      if (!numbers.length) throw new Error(`the card has no item number: ${JSON.stringify(listCard.card).slice(0, 300)}`);
      const shown = await cardMessages().last().innerText();
      if (!NUMBER.test(shown)) throw new Error('the rendered card shows no item number');
      NUMBER.lastIndex = 0;
      ok('personal: "my items" -> card', `${numbers.length} item numbers, e.g. ${numbers[0]}`);
    } catch (e) { fail('personal: "my items" -> card', e); }
    await shot('personal-my-items');

    // ---- 2. Start (Action.Execute) -> the card is updated in place -> database
    try {
      if (!listCard) throw new Error('no "my items" card to start from');
      const isStart = (a) => a.type === 'Action.Execute' && String(a.title || '').trim() === 'Start';
      let target = listCard;
      if (!actionsOf(target.card).some(isStart)) {
        // open the items of the list one by one until one offers "Start" (the REST API tells which may start)
        let candidates = numbersIn(listCard.card);
        const startable = [];
        for (const n of candidates.slice(0, 12)) {
          const r = await api('GET', `/api/v1/action-items/${n}`);
          if (r.json && Array.isArray(r.json.allowedVerbs) && r.json.allowedVerbs.includes('START')) startable.push(n);
        }
        if (startable.length) candidates = [...startable, ...candidates.filter((n) => !startable.includes(n))];
        target = null;
        for (const n of candidates.slice(0, 3)) {
          const before = await cardMessages().count();
          const mark = lastIndex();
          await send(`item ${n}`);
          const c = (await waitForReplyCard(mark, personal.conversationId, `item ${n}`)).card;
          await waitCardCount(before + 1);
          if (!numbersIn(c.card).includes(n)) note(`the card answering "item ${n}" does not show ${n}`);
          if (actionsOf(c.card).some(isStart)) { target = c; break; }
          note(`"item ${n}" card has no Start button (status not New?)`);
        }
        if (!target) throw new Error('no card with a "Start" button among the first items of the list');
        await shot('personal-item-card');
      }
      const cardCount = await cardMessages().count();
      const cardEl = cardMessages().last();
      const button = cardEl.getByRole('button', { name: 'Start', exact: true }).first();
      await button.waitFor({ state: 'visible', timeout: TIMEOUT });
      const mark = lastIndex();
      await button.click();
      const sentInvoke = await waitForSent(mark, (b) => b.type === 'invoke' && b.name === 'adaptiveCard/action');
      const action = sentInvoke.event.request.body.value.action || {};
      const reply = await waitForBotCard(mark, (c) => c.kind === 'invoke-response' || c.kind === 'update');
      const data = action.data || {};
      // which item: from the pressed action's data, or from the card the bot answered with
      let ref = data.itemId || data.id || numbersIn(reply.card)[0] || numbersIn(target.card)[0];
      const details = await api('GET', `/api/v1/action-items/${ref}`);
      started = { id: details.json && details.json.id, number: (details.json && details.json.number) || numbersIn(reply.card)[0] };
      await cardEl.filter({ hasText: 'In Progress' }).waitFor({ state: 'visible', timeout: TIMEOUT });
      const after = await cardMessages().count();
      if (after !== cardCount) throw new Error(`the chat has ${after} cards instead of ${cardCount}: the update was posted as a new message`);
      ok('personal: Start -> card updated in place', `verb ${action.verb}, ${started.number}, status "In Progress" shown`);
      await shot('personal-after-start');
      try {
        const r = await api('GET', `/api/v1/action-items/${started.number}`);
        if (r.status !== 200) throw new Error(`GET /api/v1/action-items/${started.number} -> HTTP ${r.status} ${r.text.slice(0, 200)}`);
        if (!/"status"\s*:\s*"IN_PROGRESS"/.test(r.text)) throw new Error(`status is not IN_PROGRESS: ${r.text.slice(0, 200)}`);
        ok('database: item is IN_PROGRESS', `GET /api/v1/action-items/${started.number} -> "status":"IN_PROGRESS"`);
      } catch (e) { fail('database: item is IN_PROGRESS', e); }
    } catch (e) { fail('personal: Start -> card updated in place', e); await shot('personal-start-failed'); }

    // ---- 3. proactive: nudge -> a new card in the personal chat
    try {
      // an item of Alex's for his manager to nudge him about: the one just started, then his other open items
      const me = await api('GET', '/api/v1/me');
      const myId = me.json && (me.json.personId || me.json.id);
      const mine = await api('GET', '/api/v1/action-items?limit=50');
      const candidates = [];
      if (started && started.number) candidates.push(started);
      for (const it of (Array.isArray(mine.json) ? mine.json : [])) {
        if (candidates.some((c) => c.number === it.number)) continue;
        if (myId == null || (it.assignee && it.assignee.id === myId)) candidates.push({ id: it.id, number: it.number });
      }
      if (!candidates.length) throw new Error(`no item to nudge (GET /api/v1/action-items -> HTTP ${mine.status})`);
      let done = null; const tried = [];
      for (const c of candidates.slice(0, 4)) {
        const before = await cardMessages().count();
        const mark = lastIndex();
        let r = await api('POST', `/api/v1/action-items/${c.number}/nudge`, NUDGER);
        let by = c.number;
        if (r.status !== 202 && c.id != null && (r.status === 400 || r.status === 404)) {
          const byNumber = r;
          r = await api('POST', `/api/v1/action-items/${c.id}/nudge`, NUDGER);
          by = c.id;
          const msg = `POST /api/v1/action-items/${c.number}/nudge (by number) -> HTTP ${byNumber.status}; by id ${c.id} -> HTTP ${r.status}`;
          if (r.status === 202) note(msg); else tried.push(msg);
        }
        tried.push(`${by}: HTTP ${r.status} ${r.text.slice(0, 160)}`);
        if (r.status !== 202) continue;
        const card = await waitForBotCard(mark, (x) => x.conversationId === personal.conversationId && x.kind === 'proactive');
        await waitCardCount(before + 1);
        done = { c, card, by, body: r.text };
        break;
      }
      if (!done) throw new Error(`no nudge was accepted: ${tried.join(' | ')}`);
      const shown = await cardMessages().last().innerText();
      if (!shown.includes(done.c.number)) note(`the proactive card does not show ${done.c.number}`);
      ok('proactive: nudge -> new card in the personal chat', `POST .../${done.by}/nudge -> 202 ${done.body.slice(0, 120)}`);
      await shot('personal-proactive');
    } catch (e) { fail('proactive: nudge -> new card in the personal chat', e); await shot('proactive-failed'); }

    // ---- 4. group chat: "@excoord help"
    try {
      await openConversation(groupName, groupId);
      const before = await cardMessages().count();
      const mark = lastIndex();
      await send('help', { mention: true });
      const { sent, card } = await waitForReplyCard(mark, groupId, 'help');
      const msg = sent.event.request.body;
      const mentioned = (msg.entities || []).some((en) => en.type === 'mention');
      if (!/<at>[^<]+<\/at>/.test(msg.text || '') || !mentioned) throw new Error(`the Playground sent no real mention: ${JSON.stringify(msg.text)}`);
      await waitCardCount(before + 1);
      const json = JSON.stringify(card.card);
      if (/didn't understand/i.test(json)) throw new Error('the bot did not understand the mention: it answered "I didn\'t understand"');
      ok('group chat: "@excoord help" -> card', `sent ${JSON.stringify(msg.text)}, card answered in ${groupId}`);
      await shot('group-help');
    } catch (e) { fail('group chat: "@excoord help" -> card', e); await shot('group-failed'); }

    fs.writeFileSync(path.join(OUT, 'playground-page-text.txt'), await page.locator('body').innerText());
  } catch (e) {
    fail('driver', e);
    await shot('driver-error');
  } finally {
    await close();
  }

  // ---- 5. every card the bot sent
  const cards = botCards();
  fs.rmSync(CARDS, { recursive: true, force: true });
  fs.mkdirSync(CARDS, { recursive: true });
  cards.forEach((c, i) => {
    const conv = String(c.conversationId || 'unknown').replace(/[^A-Za-z0-9]+/g, '-').slice(0, 40);
    fs.writeFileSync(path.join(CARDS, `${String(i + 1).padStart(2, '0')}-${conv}-${c.kind}.json`), JSON.stringify(c.card, null, 2) + '\n');
  });
  fs.writeFileSync(path.join(OUT, 'cards-index.json'), JSON.stringify(cards.map((c, i) => ({ n: i + 1,
    conversationId: c.conversationId, kind: c.kind, timestamp: c.timestamp, numbers: numbersIn(c.card) })), null, 2));
  if (cards.length) ok('cards recorded', `${cards.length} cards in ${CARDS}`);
  else fail('cards recorded', 'the bot sent no card at all');

  const nFail = results.filter((r) => !r.ok).length;
  fs.writeFileSync(path.join(OUT, 'playground-e2e-result.json'), JSON.stringify({ ms: Date.now() - t0, results, notes,
    unreachableHosts: [...offline] }, null, 2));
  console.log(`scenarios took ${((Date.now() - t0) / 1000).toFixed(1)} s; unreachable hosts (offline, harmless): ${[...offline].join(', ') || 'none'}`);
  console.log(`playground: ${results.length - nFail} passed, ${nFail} failed`);
  process.exit(nFail ? 1 : 0);
})();
