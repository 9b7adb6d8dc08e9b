'use strict';

// --delivery 202: the bot answers 202 Accepted and POSTs its replies to the activity's serviceUrl, as the Bot Connector
// API names it (POST {serviceUrl}/v3/conversations/{conversationId}/activities[/{replyToId}]). This is that serviceUrl:
// a loopback HTTP server that answers 200 {"id": ...} and hands each reply to the customer waiting on its conversation.
// A turn's replies are complete when one of them asks for input (the same rule the script uses to go on), or when no
// further reply has come for --quiet-ms after the last one (the bot's closing message asks nothing). The latency of a
// turn is from the POST to its last reply, the quiet wait not included.
const http = require('http');
const { messageReplies, isAsking } = require('./script');

class ReplySink {
    constructor({ quietMs, timeoutMs }) {
        this.quietMs = quietMs;
        this.timeoutMs = timeoutMs;
        this.waiting = new Map();
        this.unexpected = 0;
        this.received = 0;
    }

    async listen() {
        this.server = http.createServer((req, res) => this.receive(req, res));
        this.server.keepAliveTimeout = 60000;
        await new Promise((resolve) => this.server.listen(0, '127.0.0.1', resolve));
        return `http://127.0.0.1:${this.server.address().port}`;
    }

    receive(req, res) {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url.split('?')[0]);
        const chunks = [];
        req.on('data', (chunk) => chunks.push(chunk));
        req.on('end', () => {
            let activity = null;
            try {
                activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
            } catch {
                activity = null;
            }
            if (req.method !== 'POST' || !match || !activity) {
                res.writeHead(400).end();
                return;
            }
            this.received++;
            const waiter = this.waiting.get(decodeURIComponent(match[1]));
            if (waiter) waiter.add(activity);
            else this.unexpected++;
            const body = JSON.stringify({ id: String(activity.id ?? `reply-${this.received}`) });
            res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }).end(body);
        });
    }

    // Registers the customer of `conversationId` before its activity is posted; `done` resolves (never rejects) to
    // { activities, lastMs } with lastMs the time of the last reply from `startedAt`, or { error } when nothing came.
    expect(conversationId, startedAt) {
        let resolve;
        const done = new Promise((r) => { resolve = r; });
        const activities = [];
        let lastMs = null;
        let quietTimer = null;
        const finish = (result) => {
            clearTimeout(quietTimer);
            clearTimeout(deadline);
            this.waiting.delete(conversationId);
            resolve(result);
        };
        const deadline = setTimeout(
            () => finish(activities.length ? { activities, lastMs } : { error: 'no_reply_posted', ms: this.timeoutMs }),
            this.timeoutMs);
        const waiter = {
            add: (activity) => {
                activities.push(activity);
                lastMs = performance.now() - startedAt;
                clearTimeout(quietTimer);
                if (isAsking(messageReplies(activities))) finish({ activities, lastMs });
                else quietTimer = setTimeout(() => finish({ activities, lastMs }), this.quietMs);
            },
            cancel: () => finish({ activities, lastMs }),
        };
        this.waiting.set(conversationId, waiter);
        return { done, cancel: waiter.cancel };
    }

    close() {
        if (this.server) this.server.close();
    }
}

// Wraps client.post: with --delivery 202 the activity goes without deliveryMode (the protocol's "normal"), the POST
// must answer 202 (or 200), and the result carries the replies the bot posted back as json.activities, so the rest
// of the driver cannot tell the difference. With expectReplies it is client.post unchanged.
function createPoster(config, client, sink) {
    if (config.delivery !== '202') return (activity, nth) => client.post(activity, nth);
    return async (activity, nth) => {
        delete activity.deliveryMode;
        const startedAt = performance.now();
        const wait = sink.expect(activity.conversation.id, startedAt);
        const result = await client.post(activity, nth);
        if (result.error || result.status >= 400) {
            wait.cancel();
            return result;
        }
        if (result.status !== 202 && result.status !== 200) {
            wait.cancel();
            return { ...result, error: `http_${result.status}_not_202` };
        }
        const replies = await wait.done;
        if (replies.error) return { error: replies.error, ms: replies.ms };
        return { status: result.status, json: { activities: replies.activities }, text: '', bodyBytes: result.bodyBytes, ms: replies.lastMs };
    };
}

module.exports = { ReplySink, createPoster };
