// Prints the first instant, from today on, at which a nudge sweep would send <person> a DIGEST (15:00 UTC =
// mid-morning on the US east coast, each day in turn: weekends and federal holidays have none), asking the bot's
// admin plan endpoint as <admin>. Exit 1 if none within two weeks.
//   node digest-moment.js http://127.0.0.1:3978 pattif@example.com "Alex Wilber"
const [bot, admin, person] = process.argv.slice(2);
(async () => {
  const day = new Date();
  for (let i = 0; i < 14; i++, day.setUTCDate(day.getUTCDate() + 1)) {
    const at = day.toISOString().slice(0, 10) + 'T15:00:00Z';
    const res = await fetch(`${bot}/api/v1/admin/nudges/plan?at=${at}&limit=10000`, { headers: { 'X-Excoord-User': admin } });
    if (!res.ok) throw new Error(`plan at ${at}: HTTP ${res.status} ${await res.text()}`);
    const plan = await res.json();
    if (plan.nudges.some((n) => n.kind === 'DIGEST' && n.recipient === person)) { console.log(at); return; }
  }
  console.error(`no digest for ${person} in the next two weeks`);
  process.exit(1);
})().catch((e) => { console.error(e.message); process.exit(1); });
