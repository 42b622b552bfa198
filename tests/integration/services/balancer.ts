import net from 'node:net';

/** A TCP load balancer for tests: each new connection goes to the next backend that accepts it. */
export type Balancer = { port: number; close(): Promise<void> };

/**
 * Round-robin over `backends` (ports on 127.0.0.1) with no stickiness, as a plain layer-4
 * balancer would do; a backend that refuses is skipped, so a killed instance's clients land on
 * the others when they reconnect. With one backend it is a proxy whose close() cuts every link
 * through it; started again on the same `port`, it lets them reconnect.
 */
export async function startBalancer(backends: () => number[], port = 0): Promise<Balancer> {
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.pause();
    const ports = backends();
    const tryBackend = (attempt: number) => {
      if (attempt >= ports.length) return client.destroy();
      const port = ports[next++ % ports.length]!;
      const upstream = net.connect(port, '127.0.0.1');
      let connected = false;
      upstream.on('error', () => (connected ? client.destroy() : tryBackend(attempt + 1)));
      upstream.once('connect', () => {
        connected = true;
        sockets.add(upstream);
        upstream.on('close', () => {
          sockets.delete(upstream);
          client.destroy();
        });
        client.on('close', () => upstream.destroy());
        client.on('error', () => upstream.destroy());
        client.pipe(upstream);
        upstream.pipe(client);
        client.resume();
      });
    };
    tryBackend(0);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
