// Small HTTP(S) helpers for the real-server tests (e2e/nginx/, e2e/lib/server.mjs). Node's own clients, no
// dependency: the tests must see raw responses (no redirect following, no decompression), which is what these return.
import http from "node:http";
import https from "node:https";
import net from "node:net";
import tls from "node:tls";

const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });

/** One request; resolves with status, headers and the raw body. Rejects when nginx closes without an answer. */
export function get({ port, host, path = "/", method = "GET", headers = {}, tls = false, servername = host }) {
  return new Promise((resolve, reject) => {
    const options = { host: "127.0.0.1", port, path, method, headers: { Host: host, ...headers } };
    const request = tls ? https.request({ ...options, servername, rejectUnauthorized: false, agent: false }) : http.request({ ...options, agent });
    request.on("response", (response) => {
      const chunks = [];
      response.on("data", (chunk) => chunks.push(chunk));
      // headersDistinct keeps every copy of a header, so a header sent twice is seen as twice.
      response.on("end", () =>
        resolve({ status: response.statusCode, headers: response.headers, all: response.headersDistinct, body: Buffer.concat(chunks) }),
      );
    });
    request.on("error", reject);
    request.setTimeout(10_000, () => request.destroy(new Error(`timeout: ${host}${path}`)));
    request.end();
  });
}

/** A raw HTTP/1.0 request without a Host header; resolves with what the server sent (empty when it closed). */
export function rawRequest(port, text) {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => socket.end(text));
    const chunks = [];
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(Buffer.concat(chunks).toString("latin1")));
    socket.on("error", reject);
  });
}

/**
 * Raw bytes to a server (TLS when `servername` is given), for requests Node's client refuses to send (a broken
 * request line, a 10 kB address); the answer parsed like `get`'s: status, headers (every copy kept) and body.
 */
export function rawExchange(port, text, servername) {
  return new Promise((resolve, reject) => {
    const socket = servername
      ? tls.connect({ port, host: "127.0.0.1", servername, rejectUnauthorized: false }, () => socket.write(text))
      : net.connect(port, "127.0.0.1", () => socket.write(text));
    const chunks = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error("timeout: raw request")));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("end", () => resolve(parseResponse(Buffer.concat(chunks))));
    socket.on("close", () => resolve(parseResponse(Buffer.concat(chunks))));
    socket.on("error", reject);
  });
}

function parseResponse(buffer) {
  const text = buffer.toString("latin1");
  const end = text.indexOf("\r\n\r\n");
  if (end === -1) return { status: 0, headers: {}, all: {}, body: buffer, raw: text };
  const [statusLine, ...lines] = text.slice(0, end).split("\r\n");
  const all = {};
  for (const line of lines) {
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).trim().toLowerCase();
    (all[name] ??= []).push(line.slice(colon + 1).trim());
  }
  const headers = Object.fromEntries(Object.entries(all).map(([name, values]) => [name, values.join(", ")]));
  return {
    status: Number(statusLine.split(" ")[1]),
    headers,
    all,
    body: buffer.subarray(Buffer.byteLength(text.slice(0, end + 4), "latin1")),
    raw: text,
  };
}

export function closeConnections() {
  agent.destroy();
}
