#!/usr/bin/env node
'use strict';

// Load driver for any bot that speaks the Bot Framework Activity protocol on POST /api/messages
// and honours deliveryMode "expectReplies" (replies come back in the response body as
// {"activities":[...]}). Runs NPS conversations (start, score, reason, yes/no while the bot is
// still asking) from C concurrent simulated customers until --duration-s has passed or
// --conversations have finished, then prints a JSON summary. --check runs 3 conversations one
// after another (a detractor, a passive, a promoter) and prints their transcripts.
// Targets only this machine (loopback); needs nothing but node >= 18.
const fs = require('fs');
const { ActivityClient, parseTarget } = require('./client');
const { RawActivityClient } = require('./rawClient');
const { Recorder } = require('./stats');
const { ReplySink, createPoster } = require('./replySink');
const { ActivityFactory, createRandom, reasonFor, messageReplies, isAsking, isYesNoQuestion } = require('./script');

const USAGE = `usage: node drive.js --url http://127.0.0.1:PORT/api/messages [options]

  --url URL               the bot's endpoint; repeat it for several instances of one bot: each customer's requests
                          then go to them in turn, so every conversation's turns alternate between the instances
  --conversations N       stop after N conversations have been started and finished (default: no limit)
  --concurrency C         simulated customers talking at once, one request each in flight (default 8)
  --duration-s S          measured seconds; no new turn starts after that (default 20, at most 600)
  --warmup-s W            seconds of the same load before measuring, not counted (default 0)
  --conversation-update   send a conversationUpdate (membersAdded: the user) before the first message
  --start-text TEXT       first message of each conversation (default "hi")
  --max-turns N           at most N messages per conversation (default 8)
  --channel ID            channelId (default webchat)
  --service-url URL       serviceUrl put in each activity (default http://127.0.0.1:1, unused with expectReplies)
  --bot-id ID             recipient.id (default bot)
  --locale TAG            locale (default en-US)
  --header "Name: value"  extra request header, repeatable (e.g. an Authorization bearer token)
  --timeout-ms MS         per-request timeout, counted as an error (default 30000)
  --client raw|node       raw: the driver's lean HTTP/1.1 client, one keep-alive socket per customer
                          (default for http); node: node:http(s) with a keep-alive agent (https needs it)
  --seed N                seed for scores and sentences (default 1)
  --server-pid PID        also report that process's CPU time and memory (Linux /proc); repeatable (instances: summed)
  --db-pid PID            also report the CPU time of that process and its children (a PostgreSQL postmaster and its
                          backends), beside the server's
  --label TEXT            copied into the summary
  --out FILE              also write the summary JSON to FILE
  --check                 run 3 conversations one after another and print their transcripts
  --raw                   with --check, also print each raw response body
  --delivery MODE         expectReplies (default): replies in the response body; 202: no deliveryMode, the bot
                          answers 202 and POSTs its replies to the driver's own serviceUrl (a loopback server)
  --quiet-ms MS           with --delivery 202, a turn whose replies ask nothing is complete after MS without a
                          further reply (default 300; not counted in the latency)
`;

const MAX_DURATION_S = 600;

function parseArgs(argv) {
    const flags = new Set(['conversation-update', 'check', 'raw', 'help']);
    const repeatable = new Set(['header', 'url', 'server-pid']);
    const options = { header: [], url: [], 'server-pid': [] };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (!arg.startsWith('--')) throw new Error(`unexpected argument: ${arg}`);
        const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
        if (flags.has(name)) {
            options[name] = true;
            continue;
        }
        const value = inline !== undefined ? inline : argv[++i];
        if (value === undefined) throw new Error(`--${name} needs a value`);
        if (repeatable.has(name)) options[name].push(value);
        else options[name] = value;
    }
    return options;
}

function number(options, name, fallback, { min = 0, max = Number.MAX_SAFE_INTEGER } = {}) {
    if (options[name] === undefined) return fallback;
    const value = Number(options[name]);
    if (!Number.isFinite(value) || value < min || value > max) {
        throw new Error(`--${name} must be a number from ${min} to ${max}, not ${options[name]}`);
    }
    return value;
}

function buildConfig(options) {
    if (options.url.length === 0) throw new Error('--url is required');
    if (options.delivery !== undefined && options.delivery !== 'expectReplies' && options.delivery !== '202') {
        throw new Error(`--delivery must be expectReplies or 202, not ${options.delivery}`);
    }
    if (options.client !== undefined && options.client !== 'raw' && options.client !== 'node') {
        throw new Error(`--client must be raw or node, not ${options.client}`);
    }
    const headers = {};
    for (const header of options.header) {
        const at = header.indexOf(':');
        if (at <= 0) throw new Error(`--header must look like "Name: value", not ${header}`);
        headers[header.slice(0, at).trim().toLowerCase()] = header.slice(at + 1).trim();
    }
    return {
        url: options.url[0],
        urls: options.url,
        targets: options.url.map(parseTarget),
        conversations: number(options, 'conversations', Infinity, { min: 1 }),
        concurrency: number(options, 'concurrency', 8, { min: 1, max: 4096 }),
        durationS: number(options, 'duration-s', 20, { min: 0.1, max: MAX_DURATION_S }),
        warmupS: number(options, 'warmup-s', 0, { min: 0, max: MAX_DURATION_S }),
        conversationUpdate: Boolean(options['conversation-update']),
        startText: options['start-text'] ?? 'hi',
        maxTurns: number(options, 'max-turns', 8, { min: 3, max: 100 }),
        channelId: options.channel ?? 'webchat',
        serviceUrl: options['service-url'] ?? 'http://127.0.0.1:1',
        botId: options['bot-id'] ?? 'bot',
        locale: options.locale ?? 'en-US',
        headers,
        timeoutMs: number(options, 'timeout-ms', 30000, { min: 1 }),
        seed: number(options, 'seed', 1),
        serverPids: options['server-pid'].map((pid) => number({ pid }, 'pid', 0, { min: 1 })),
        dbPid: options['db-pid'] ? number(options, 'db-pid', 0, { min: 1 }) : null,
        label: options.label,
        out: options.out,
        client: options.client ?? 'raw',
        check: Boolean(options.check),
        raw: Boolean(options.raw),
        delivery: options.delivery ?? 'expectReplies',
        quietMs: number(options, 'quiet-ms', 300, { min: 1 }),
    };
}

function createClient(config, connections) {
    const useRaw = config.client === 'raw' && config.targets.every((target) => target.protocol === 'http:');
    config.clientUsed = useRaw ? 'raw' : 'node';
    const clients = config.targets.map((target) => (useRaw
        ? new RawActivityClient(target, { timeoutMs: config.timeoutMs, headers: config.headers })
        : new ActivityClient(target, { maxSockets: connections, timeoutMs: config.timeoutMs, headers: config.headers })));
    return clients.length === 1 ? clients[0] : new AlternatingClient(clients);
}

// Several instances of one bot: a customer's n-th request goes to instance n mod count, so each conversation's turns
// alternate between them (what a load balancer without affinity may do).
class AlternatingClient {
    constructor(clients) {
        this.clients = clients;
    }

    post(activity, nth = 0) {
        return this.clients[nth % this.clients.length].post(activity);
    }

    close() {
        for (const client of this.clients) client.close();
    }
}

// Plays one customer's NPS conversation. `send` posts an activity and returns the message
// replies, or null when the conversation cannot go on (error, or time is up).
async function playConversation({ factory, random, config, send, score }) {
    const conv = factory.nextConversation();
    if (config.conversationUpdate && (await send('conversationUpdate', factory.conversationUpdate(conv))) === null) return false;
    const scoreToSay = score ?? random.int(0, 10);
    const script = [config.startText, String(scoreToSay), reasonFor(scoreToSay, random)];
    let replies = null;
    for (const text of script) {
        replies = await send('message', factory.message(conv, text));
        if (replies === null) return false;
    }
    for (let turn = script.length; turn < config.maxTurns && isAsking(replies); turn++) {
        const text = isYesNoQuestion(replies) ? random.pick(['yes', 'no']) : reasonFor(scoreToSay, random);
        replies = await send('message', factory.message(conv, text));
        if (replies === null) return false;
    }
    return true;
}

function describeReply(activity) {
    const parts = [`<< ${activity.type}${activity.type === 'message' ? '' : ` ${activity.name || ''}`.trimEnd()}: ${activity.text ?? ''}`];
    const actions = activity.suggestedActions && activity.suggestedActions.actions;
    if (actions && actions.length) parts.push(`   [buttons: ${actions.map((a) => a.title ?? a.value).join(' | ')}]`);
    if (activity.attachments && activity.attachments.length) parts.push(`   [attachments: ${activity.attachments.map((a) => a.contentType).join(', ')}]`);
    if (activity.inputHint) parts.push(`   (inputHint ${activity.inputHint})`);
    return parts.join('\n');
}

// With --delivery 202, the driver's reply sink becomes every activity's serviceUrl.
async function openSink(config) {
    if (config.delivery !== '202') return null;
    const sink = new ReplySink({ quietMs: config.quietMs, timeoutMs: config.timeoutMs });
    config.serviceUrl = await sink.listen();
    return sink;
}

async function runCheck(config) {
    const sink = await openSink(config);
    const client = createClient(config, 1);
    const post = createPoster(config, client, sink);
    const factory = new ActivityFactory(config);
    const random = createRandom(config.seed);
    const problems = [];
    const scores = [3, 7, 10];
    let nth = 0;
    for (const [i, score] of scores.entries()) {
        console.log(`\n=== conversation ${i + 1} of ${scores.length} (score ${score}) ===`);
        const send = async (kind, activity) => {
            console.log(`>> ${kind}${activity.text !== undefined ? `: ${activity.text}` : ''}   [conversation ${activity.conversation.id}]`);
            const result = await post(activity, nth++);
            if (result.error) {
                problems.push(`${activity.id}: ${result.error}`);
                console.log(`!! ${result.error} after ${result.ms.toFixed(1)} ms`);
                return null;
            }
            const all = result.json && Array.isArray(result.json.activities) ? result.json.activities : [];
            console.log(`   HTTP ${result.status}, ${result.ms.toFixed(1)} ms, ${all.length} activities back`);
            if (config.raw) console.log(`   raw: ${result.text}`);
            for (const reply of all) console.log(describeReply(reply));
            if (result.status >= 400) {
                problems.push(`${activity.id}: HTTP ${result.status}`);
                return null;
            }
            const replies = messageReplies(all);
            if (kind !== 'message') return replies; // a bot may say nothing to a conversationUpdate
            if (!result.json || !Array.isArray(result.json.activities)) {
                problems.push(`${activity.id}: response body is not {"activities":[...]} (expectReplies not honoured?)`);
            } else if (replies.length === 0) {
                problems.push(`${activity.id}: no message in the reply`);
            }
            return replies;
        };
        const finished = await playConversation({ factory, random, config, send, score });
        if (!finished) problems.push(`conversation ${i + 1} did not finish`);
    }
    client.close();
    if (sink) sink.close();
    console.log(`\n${JSON.stringify({ check: problems.length === 0 ? 'ok' : 'failed', problems }, null, 2)}`);
    return problems.length === 0 ? 0 : 1;
}

async function runLoad(config) {
    const sink = await openSink(config);
    const client = createClient(config, config.concurrency);
    const post = createPoster(config, client, sink);
    const factory = new ActivityFactory(config);
    const random = createRandom(config.seed);
    const recorder = new Recorder();
    const startMs = Date.now();
    const deadlineMs = startMs + (config.warmupS + config.durationS) * 1000;
    let started = 0;
    let stopped = false;
    const timeUp = () => stopped || Date.now() >= deadlineMs;

    const warmupTimer = setTimeout(() => recorder.start(config.serverPids, config.dbPid), config.warmupS * 1000);
    if (config.warmupS === 0) {
        clearTimeout(warmupTimer);
        recorder.start(config.serverPids, config.dbPid);
    }
    const stopTimer = setTimeout(() => { stopped = true; }, deadlineMs - startMs);

    const send = async (kind, activity, nth) => {
        if (timeUp()) return null;
        const inWindow = recorder.recording;
        const result = await post(activity, nth);
        const ok = !result.error && result.status < 400;
        const replies = ok && result.json && Array.isArray(result.json.activities) ? messageReplies(result.json.activities) : [];
        recorder.turn(kind, result, replies.length, inWindow);
        return ok ? replies : null;
    };

    async function customer() {
        let requests = 0;
        while (!timeUp() && started < config.conversations) {
            started++;
            let failed = false;
            const trackedSend = async (kind, activity) => {
                const replies = await send(kind, activity, requests++);
                if (replies === null && !timeUp()) failed = true;
                return replies;
            };
            const finished = await playConversation({ factory, random, config, send: trackedSend });
            if (!recorder.recording) continue;
            if (finished) recorder.conversationsCompleted++;
            else if (failed) recorder.conversationsFailed++;
        }
    }

    await Promise.all(Array.from({ length: config.concurrency }, customer));
    clearTimeout(stopTimer);
    clearTimeout(warmupTimer);
    if (!recorder.recording) recorder.start(config.serverPids, config.dbPid); // finished before the warm-up ended
    recorder.stop();
    client.close();
    if (sink) sink.close();
    const summary = recorder.summary(config);
    if (sink) summary.delivery = { mode: '202', replies_posted: sink.received, replies_unexpected: sink.unexpected, quiet_ms: config.quietMs };
    const text = JSON.stringify(summary, null, 2);
    console.log(text);
    if (config.out) fs.writeFileSync(config.out, `${text}\n`);
    return summary.errors > 0 ? 2 : 0;
}

async function main() {
    let config;
    try {
        const options = parseArgs(process.argv.slice(2));
        if (options.help) {
            process.stdout.write(USAGE);
            return 0;
        }
        config = buildConfig(options);
    } catch (err) {
        process.stderr.write(`drive.js: ${err.message}\n\n${USAGE}`);
        return 64;
    }
    return config.check ? runCheck(config) : runLoad(config);
}

main().then((code) => { process.exitCode = code; }, (err) => {
    console.error(err);
    process.exitCode = 1;
});
