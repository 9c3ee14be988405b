#!/usr/bin/env node
// Validates every recorded card with Microsoft's Adaptive Cards renderer library (npm adaptivecards) and renders
// each to PNG with the Microsoft Teams light host config, in headless Debian Chromium.
//
// Usage: node validate-cards.js [--cards ../target/e2e/cards] [--png ../target/e2e/png] [--max-version 1.5]
//                               [--no-render] [FILE...]
// FILE (default: every *.json in --cards) may hold a card, an attachment, an activity or an invoke response.
// Fails (exit 1) on any error: JSON syntax, parse/validation events of the renderer that are errors, version above
// what Teams supports, Action.Execute below 1.4, more than 28 KB, a card that does not render; or when no card
// was found. Warnings (e.g. a property the renderer does not know) are printed, not fatal.
'use strict';
const fs = require('fs');
const path = require('path');
// The package's ESM build (lib/) has extension-less imports Node cannot load; the UMD bundle needs no DOM to parse.
const AC = require('adaptivecards/dist/adaptivecards.js');

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';
const ERROR_EVENTS = new Set(['MissingCardType', 'UnknownElementType', 'UnknownActionType', 'InvalidPropertyValue',
  'PropertyCantBeNull', 'CollectionCantBeEmpty', 'DuplicateId', 'ElementTypeNotAllowed', 'ActionTypeNotAllowed',
  'InteractivityNotAllowed', 'TooManyActions', 'UnsupportedCardVersion']);
// keys legitimately in card JSON although not in the renderer's property schema
const EXTRA_KEYS_ANY = new Set(['type', 'fallback', 'requires', '$data', '$when']);
const EXTRA_KEYS_BY_TYPE = {
  AdaptiveCard: ['$schema', 'msteams', 'body', 'actions', 'refresh', 'authentication', 'metadata', 'rtl'],
  Container: ['items'], Column: ['items'], ColumnSet: ['columns'], FactSet: ['facts'], ActionSet: ['actions'],
  ImageSet: ['images'], RichTextBlock: ['inlines'], 'Input.ChoiceSet': ['choices', 'choices.data'],
  Table: ['columns', 'rows'], TableRow: ['cells'], TableCell: ['items'], 'Action.ShowCard': ['card'],
  'Action.ToggleVisibility': ['targetElements'],
};

function parseArgs(argv) {
  const o = { cards: path.join(__dirname, '..', 'target', 'e2e', 'cards'), png: path.join(__dirname, '..', 'target', 'e2e', 'png'),
    maxVersion: '1.5', render: true, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--cards') o.cards = argv[++i];
    else if (a === '--png') o.png = argv[++i];
    else if (a === '--max-version') o.maxVersion = argv[++i];
    else if (a === '--no-render') o.render = false;
    else o.files.push(a);
  }
  if (!o.files.length && fs.existsSync(o.cards)) {
    o.files = fs.readdirSync(o.cards).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(o.cards, f));
  }
  return o;
}

/** Every Adaptive Card inside a JSON document: [{where, card}] */
function extractCards(doc, where = '$', out = []) {
  if (Array.isArray(doc)) { doc.forEach((d, i) => extractCards(d, `${where}[${i}]`, out)); return out; }
  if (!doc || typeof doc !== 'object') return out;
  if (doc.type === 'AdaptiveCard') { out.push({ where, card: doc }); return out; }
  if (doc.contentType === CARD_TYPE && doc.content) { out.push({ where: `${where}.content`, card: doc.content }); return out; }
  if (doc.type === CARD_TYPE && doc.value && typeof doc.value === 'object') { out.push({ where: `${where}.value`, card: doc.value }); return out; }
  for (const [k, v] of Object.entries(doc)) if (v && typeof v === 'object') extractCards(v, `${where}.${k}`, out);
  return out;
}

function cmpVersion(a, b) {
  const [am, an] = String(a).split('.').map(Number);
  const [bm, bn] = String(b).split('.').map(Number);
  return am !== bm ? am - bm : an - bn;
}

function knownKeys(obj) {
  const s = obj.getSchema();
  const keys = new Set();
  for (let i = 0; i < s.getCount(); i++) { const p = s.getItemAt(i); if (p && p.name) keys.add(p.name); }
  return keys;
}

/** Parse + validate with the official renderer, plus the Teams host's rules. */
function validateCard(card, opts) {
  const issues = [];
  const add = (severity, code, message, at) => issues.push({ severity, code, message, ...(at ? { at } : {}) });
  if (!card || typeof card !== 'object' || Array.isArray(card)) { add('error', 'NotAnObject', 'card is not a JSON object'); return issues; }
  if (card.type !== 'AdaptiveCard') add('error', 'MissingCardType', `root "type" must be "AdaptiveCard" (got ${JSON.stringify(card.type)})`);
  const declared = card.version;
  if (!declared) add('error', 'MissingVersion', 'root "version" is missing (Teams will not render the card)');
  else if (!/^\d+\.\d+$/.test(declared)) add('error', 'InvalidVersion', `version ${JSON.stringify(declared)} is not X.Y`);
  else if (cmpVersion(declared, opts.maxVersion) > 0) add('error', 'VersionTooHigh', `version ${declared} > ${opts.maxVersion} (the highest Teams supports)`);

  const target = AC.Version.parse(/^\d+\.\d+$/.test(declared || '') ? declared : '1.5', new AC.SerializationContext());
  const ctx = new AC.SerializationContext(target);
  const parsed = [];
  ctx.onParseElement = (el, src) => parsed.push([el, src]);
  ctx.onParseAction = (ac, src) => parsed.push([ac, src]);
  const ac = new AC.AdaptiveCard();
  try { ac.parse(card, ctx); } catch (e) { add('error', 'ParseException', e.message); return issues; }
  for (let i = 0; i < ctx.eventCount; i++) {
    const e = ctx.getEventAt(i);
    const name = AC.ValidationEvent[e.event];
    add(ERROR_EVENTS.has(name) ? 'error' : 'warning', name, e.message, 'parse');
  }
  for (const e of ac.validateProperties().validationEvents) {
    const name = AC.ValidationEvent[e.event];
    const src = e.source && typeof e.source.getJsonTypeName === 'function' ? e.source.getJsonTypeName() + (e.source.id ? `#${e.source.id}` : '') : undefined;
    add(ERROR_EVENTS.has(name) ? 'error' : 'warning', name, e.message, src);
  }
  // properties the renderer silently drops (typos such as "colour")
  parsed.push([ac, card]);
  for (const [obj, src] of parsed) {
    if (!src || typeof src !== 'object') continue;
    const t = obj.getJsonTypeName();
    const known = knownKeys(obj);
    const extra = new Set([...EXTRA_KEYS_ANY, ...(EXTRA_KEYS_BY_TYPE[t] || [])]);
    for (const k of Object.keys(src)) {
      if (!known.has(k) && !extra.has(k)) add('warning', 'UnknownProperty', `property "${k}" is not known to the renderer for ${t} and is ignored`, t + (src.id ? `#${src.id}` : ''));
    }
  }
  const json = JSON.stringify(card);
  if (/"Action\.Execute"/.test(json) && declared && cmpVersion(declared, '1.4') < 0) add('error', 'ExecuteNeedsV14', `Action.Execute requires card version >= 1.4 (card is ${declared})`);
  if (Buffer.byteLength(json) > 28 * 1024) add('error', 'TooLarge', `card is ${Buffer.byteLength(json)} bytes; Teams limits a message to about 28 KB`);
  return issues;
}

/** Renders every card in the official renderer in headless Chromium, Teams light host config; one PNG each. */
async function render(entries, outdir) {
  const { launch } = require('./lib/browser');
  const acJs = require.resolve('adaptivecards/dist/adaptivecards.min.js');
  const acCss = path.join(path.dirname(acJs), 'adaptivecards.css');
  const hostConfig = JSON.parse(fs.readFileSync(path.join(__dirname, 'hostconfig', 'microsoft-teams-light.json'), 'utf8'));
  fs.rmSync(outdir, { recursive: true, force: true });
  fs.mkdirSync(outdir, { recursive: true });
  const { context, close } = await launch({ width: 800, height: 600 });
  const page = context.pages()[0] || await context.newPage();
  const out = [];
  try {
    for (const e of entries) {
      await page.setContent(`<!doctype html><html><head><meta charset="utf-8"><style>
        body{margin:0;padding:16px;background:#F5F5F5;font-family:'Segoe UI',system-ui,sans-serif}
        #frame{width:520px;background:#FFFFFF;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.2);overflow:hidden}
        </style></head><body><div id="frame"><div id="card"></div></div></body></html>`);
      await page.addStyleTag({ path: acCss });
      await page.addScriptTag({ path: acJs });
      const result = await page.evaluate(({ card, hostConfig }) => {
        const AC = window.AdaptiveCards;
        const errors = [];
        try {
          const ac = new AC.AdaptiveCard();
          ac.hostConfig = new AC.HostConfig(hostConfig);
          const ctx = new AC.SerializationContext();
          ac.parse(card, ctx);
          for (let i = 0; i < ctx.eventCount; i++) errors.push(ctx.getEventAt(i).message);
          const el = ac.render();
          if (!el) return { ok: false, errors: errors.concat('render() returned nothing') };
          document.getElementById('card').appendChild(el);
          return { ok: true, errors };
        } catch (err) { return { ok: false, errors: errors.concat(String((err && err.stack) || err)) }; }
      }, { card: e.card, hostConfig });
      const png = path.join(outdir, `${e.name}.png`);
      await page.evaluate(async () => { await document.fonts.ready; }); // rendered with its fonts, not after a pause
      await page.locator('#frame').screenshot({ path: png });
      out.push({ ...result, png });
    }
  } finally { await close(); }
  return out;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const entries = [];
  let failed = 0;
  for (const file of opts.files) {
    const base = path.basename(file, path.extname(file));
    let doc;
    try { doc = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
      console.log(`FAIL ${base}: ${e.message}`); failed++; continue;
    }
    const cards = extractCards(doc);
    if (!cards.length) { console.log(`FAIL ${base}: no Adaptive Card in the file`); failed++; continue; }
    cards.forEach((c, i) => entries.push({ file, name: base + (cards.length > 1 ? `-${i + 1}` : ''), where: c.where, card: c.card }));
  }
  if (!entries.length && !failed) { console.log(`FAIL no card to validate (looked in ${opts.cards})`); console.log('cards: 0 passed, 1 failed'); process.exit(1); }
  for (const e of entries) e.issues = validateCard(e.card, opts);
  if (opts.render) {
    const rendered = await render(entries, opts.png);
    rendered.forEach((r, i) => {
      entries[i].png = r.png;
      if (!r.ok) entries[i].issues.push({ severity: 'error', code: 'RenderFailed', message: r.errors.join('; ') });
    });
  }
  const report = [];
  for (const e of entries) {
    const errors = e.issues.filter((i) => i.severity === 'error');
    const ok = errors.length === 0;
    if (!ok) failed++;
    console.log(`${ok ? 'OK  ' : 'FAIL'} ${e.name} (${errors.length} errors, ${e.issues.length - errors.length} warnings)${e.png ? ' -> ' + path.basename(e.png) : ''}`);
    for (const i of e.issues) console.log(`     ${i.severity.padEnd(7)} ${i.code}: ${i.message}${i.at ? `  [${i.at}]` : ''}`);
    report.push({ file: e.file, where: e.where, ok, png: e.png, issues: e.issues });
  }
  fs.mkdirSync(opts.png, { recursive: true });
  fs.writeFileSync(path.join(path.dirname(opts.png), 'cards-validation.json'), JSON.stringify({
    renderer: `adaptivecards@${require('adaptivecards/package.json').version}`, hostConfig: 'microsoft-teams-light', cards: report }, null, 2));
  const total = entries.length + (failed - report.filter((r) => !r.ok).length);
  console.log(`cards: ${total - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });
module.exports = { validateCard, extractCards };
