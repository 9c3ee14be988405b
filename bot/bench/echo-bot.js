// The yardstick for InvokeBenchmark: Microsoft's botbuilder (CloudAdapter, no auth) answering adaptiveCard/action
// invokes with a small static card, on plain node:http. It does no work: no token check, no database.
'use strict';
const http = require('http');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication, ActivityHandler } = require('botbuilder');

const PORT = parseInt(process.env.PORT || '3979', 10);
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({
  MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant' }));

class EchoBot extends ActivityHandler {
  async onAdaptiveCardInvoke(context, invokeValue) {
    return {
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: { type: 'AdaptiveCard', version: '1.5',
        body: [{ type: 'TextBlock', text: `done: ${invokeValue.action.verb}`, wrap: true }] },
    };
  }
}
const bot = new EchoBot();

http.createServer((req, res) => {
  if (req.method !== 'POST' || req.url !== '/api/messages') { res.statusCode = 404; return res.end(); }
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', async () => {
    try { req.body = JSON.parse(body); } catch (e) { res.statusCode = 400; return res.end(); }
    const shim = {
      status(code) { res.statusCode = code; return shim; },
      header(name, value) { res.setHeader(name, value); return shim; },
      send(payload) {
        if (payload !== undefined) {
          res.setHeader('Content-Type', 'application/json');
          res.end(typeof payload === 'string' ? payload : JSON.stringify(payload));
        } else { res.end(); }
        return shim;
      },
      end() { res.end(); return shim; },
    };
    try { await adapter.process(req, shim, (context) => bot.run(context)); } catch (e) {
      if (!res.writableEnded) { res.statusCode = 500; res.end(); }
    }
  });
}).listen(PORT, '127.0.0.1', () => console.log(`echo bot on 127.0.0.1:${PORT}`));
