// TCP helpers for the rig: free ports on 127.0.0.1, waiting for an sshd banner, and the "hung" host,
// a listener that accepts connections and never says a word.
import net from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

const LOOPBACK = "127.0.0.1";

/**
 * n distinct ports that were free a moment ago: bind port 0 n times, holding every socket until all are
 * bound (so the kernel cannot hand the same port out twice), then close them for sshd to take. Another
 * process may still grab one before sshd binds it; startSshd retries on "Address already in use".
 */
export async function freePorts(n: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: n }, async () => {
      const server = net.createServer();
      await new Promise<void>((resolve, reject) => {
        server.once("error", reject);
        server.listen(0, LOOPBACK, resolve);
      });
      return server;
    }),
  );
  const ports = servers.map((server) => (server.address() as net.AddressInfo).port);
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  return ports;
}

/** Resolves once something on port answers with an SSH banner; rejects at the deadline or on giveUp(). */
export async function waitForSshBanner(port: number, deadline: number, giveUp: () => boolean): Promise<void> {
  while (!(await readsBanner(port))) {
    if (Date.now() > deadline || giveUp()) throw new Error(`no ssh banner on ${LOOPBACK}:${port}`);
    await sleep(10);
  }
}

function readsBanner(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, LOOPBACK);
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once("error", () => done(false));
    socket.once("data", (data) => done(data.toString("latin1").startsWith("SSH-")));
  });
}

export interface HungListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The "hung" host: accepts TCP connections and never speaks, so ssh waits for the server banner until
 * ConnectTimeout ("Connection timed out during banner exchange", OpenSSH 9.2). It lives in the test
 * process and is unref'd: it dies with it and does not keep it alive.
 */
export async function startHungListener(): Promise<HungListener> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.unref();
    socket.on("error", () => {});
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, LOOPBACK, resolve);
  });
  server.unref();
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
