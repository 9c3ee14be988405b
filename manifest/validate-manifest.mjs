#!/usr/bin/env node
// Validates a built Teams app package against the official Teams manifest JSON schema.
//
//   node manifest/validate-manifest.mjs [path/to/app.zip]     (default: manifest/target/excoord-teams-app.zip)
//
// The schema comes from the npm package @microsoft/app-manifest, installed by validate.sh into
// manifest/target/node-tools; the "$schema" URL of manifest.json is mapped to the copy bundled in that package,
// so nothing is downloaded. Also checks what the schema cannot: the zip layout and the icon files.
// Prints one PASS/FAIL line per check (schema errors listed), then "N passed, N failed"; exits 1 on any failure.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const TOOLS = process.env.TEAMS_NODE_TOOLS || path.join(HERE, 'target', 'node-tools');
const require = createRequire(path.join(TOOLS, 'package.json'));

/** The entries of a zip file (stored or deflated), read through its central directory. */
function readZip(file) {
  const b = fs.readFileSync(file);
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file`);
  const count = b.readUInt16LE(eocd + 10);
  let p = b.readUInt32LE(eocd + 16);
  const entries = new Map();
  for (let n = 0; n < count; n++) {
    if (b.readUInt32LE(p) !== 0x02014b50) throw new Error('corrupt zip central directory');
    const method = b.readUInt16LE(p + 10);
    const size = b.readUInt32LE(p + 20);
    const nameLen = b.readUInt16LE(p + 28);
    const extraLen = b.readUInt16LE(p + 30);
    const commentLen = b.readUInt16LE(p + 32);
    const local = b.readUInt32LE(p + 42);
    const name = b.toString('utf8', p + 46, p + 46 + nameLen);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const data = b.subarray(start, start + size);
    if (!name.endsWith('/')) {
      if (method === 0) entries.set(name, Buffer.from(data));
      else if (method === 8) entries.set(name, zlib.inflateRawSync(data));
      else throw new Error(`${name}: unsupported zip compression method ${method}`);
    }
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

function pngInfo(buf) {
  if (!buf || buf.length < 26 || buf.toString('hex', 0, 8) !== '89504e470d0a1a0a') return null;
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20), colorType: buf[25] };
}

async function main() {
  const zipPath = path.resolve(process.argv[2] || path.join(HERE, 'target', 'excoord-teams-app.zip'));
  const checks = [];
  const check = (name, ok, detail) => { checks.push({ name, ok: !!ok, detail }); return !!ok; };

  let entries;
  try { entries = readZip(zipPath); } catch (e) { check('read package', false, e.message); return checks; }
  const names = [...entries.keys()].sort();
  check('zip layout', names.join(' ') === 'color.png manifest.json outline.png',
    `entries: ${names.join(', ')} (want exactly manifest.json, color.png, outline.png at the root)`);

  let m;
  try {
    m = JSON.parse(entries.get('manifest.json').toString('utf8').replace(/^\uFEFF/, ''));
    check('JSON syntax', true);
  } catch (e) { check('JSON syntax', false, e.message); return checks; }

  const { AppManifestUtils } = require('@microsoft/app-manifest');
  const pkgDir = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const pkgVersion = require('@microsoft/app-manifest/package.json').version;
  const url = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/(v[\w.]+)\/MicrosoftTeams\.schema\.json$/i
    .exec(m.$schema || '');
  const schemaFile = url && path.join(pkgDir, 'build', 'json-schemas', 'teams', url[1], 'MicrosoftTeams.schema.json');
  if (!check('schema available', schemaFile && fs.existsSync(schemaFile),
    schemaFile ? `${url[1]} bundled in @microsoft/app-manifest@${pkgVersion}` : `"$schema" is not an official Teams schema URL: ${m.$schema}`)) {
    return checks;
  }
  check('$schema matches manifestVersion', url[1] === `v${m.manifestVersion}`, `${url[1]} / manifestVersion ${m.manifestVersion}`);
  // the same clean-up the package does for the \a and \v escapes in some official schemas
  const schema = JSON.parse(fs.readFileSync(schemaFile, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
  const errors = await AppManifestUtils.validateAgainstSchema(m, schema);
  check('JSON schema', errors.length === 0, errors.length ? errors : 'valid');

  for (const [kind, want] of [['color', 192], ['outline', 32]]) {
    const file = m.icons && m.icons[kind];
    if (!file) continue; // the schema reports a missing one
    const info = pngInfo(entries.get(file));
    if (!info) { check(`icon ${kind}`, false, `${file} is missing from the zip or not a PNG`); continue; }
    const sizeOk = info.width === want && info.height === want;
    const alphaOk = kind !== 'outline' || info.colorType === 4 || info.colorType === 6;
    check(`icon ${kind}`, sizeOk && alphaOk,
      `${file} ${info.width}x${info.height}${sizeOk ? '' : ` (must be ${want}x${want})`}${alphaOk ? '' : ' (needs an alpha channel)'}`);
  }
  return checks;
}

main().then((checks) => {
  const failed = checks.filter((c) => !c.ok).length;
  for (const c of checks) {
    const d = Array.isArray(c.detail) ? '\n        - ' + c.detail.join('\n        - ') : (c.detail ? ` - ${c.detail}` : '');
    console.log(`${c.ok ? 'PASS' : 'FAIL'} ${c.name}${d}`);
  }
  console.log(`${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}).catch((e) => { console.error('validator crashed:', e); process.exit(2); });
