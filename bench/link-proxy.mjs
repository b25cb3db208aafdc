// A TCP proxy that stands for a network link between the runner and the database, for the
// pushdown case of `npm run bench` (bench/pushdown.mjs): loopback has no bandwidth limit, which
// flatters pulling rows (issue 11). It forwards every connection to the server and paces the
// server's bytes to a given rate (the client's bytes, queries, pass as they come), and counts the
// bytes each way. No latency is added: the pushdown makes a few round trips, the pull streams.
//
//   node bench/link-proxy.mjs HOST PORT BYTES_PER_SECOND OUT
//
// Once listening it writes {"port": N} to OUT; when a connection closes it appends
// {"fromServer": bytes, "toServer": bytes} as one more line. It runs until it is killed.
import { appendFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { performance } from 'node:perf_hooks';
import { setTimeout } from 'node:timers';

const [host, portText, rateText, out] = process.argv.slice(2);
const rate = Number(rateText);
if (!host || !Number.isInteger(Number(portText)) || !(rate > 0) || !out) {
  console.error('usage: node bench/link-proxy.mjs HOST PORT BYTES_PER_SECOND OUT');
  process.exit(2);
}

const proxy = createServer((client) => {
  const server = connect(Number(portText), host);
  let fromServer = 0;
  let toServer = 0;
  // The time the link is next free: each chunk waits for it, then occupies it for size / rate.
  let free = performance.now();
  server.on('data', (chunk) => {
    fromServer += chunk.length;
    const now = performance.now();
    const start = Math.max(now, free);
    free = start + (chunk.length / rate) * 1000;
    server.pause();
    setTimeout(() => {
      client.write(chunk);
      server.resume();
    }, free - now);
  });
  client.on('data', (chunk) => {
    toServer += chunk.length;
    server.write(chunk);
  });
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    // The last chunk may still be waiting for the link: end the client after it.
    setTimeout(() => client.end(), Math.max(0, free - performance.now()));
    server.end();
    appendFileSync(out, `${JSON.stringify({ fromServer, toServer })}\n`);
  };
  server.on('end', close);
  server.on('error', close);
  client.on('end', close);
  client.on('error', close);
});

proxy.listen(0, '127.0.0.1', () => writeFileSync(out, `${JSON.stringify({ port: proxy.address().port })}\n`));
