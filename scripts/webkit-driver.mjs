// Starts an X server (Xvfb) and WebKitGTK's WebDriver on loopback for the WebKit test run,
// and stops both when the process exits.
import { spawn } from 'node:child_process';
import net from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });

const waitForPort = async (port, ms) => {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const ok = await new Promise((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebKitWebDriver did not listen on 127.0.0.1:${port} within ${ms} ms`);
};

/** Reads the display number Xvfb writes to the descriptor given by -displayfd. */
const startXvfb = () =>
  new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    let out = '';
    xvfb.on('error', reject);
    xvfb.stdio[3].on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve({ proc: xvfb, display: `:${out.trim()}` });
    });
    setTimeout(() => reject(new Error('Xvfb did not report a display within 10 s')), 10_000).unref();
  });

export async function startWebKitDriver() {
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) if (child.exitCode === null) child.kill('SIGTERM');
  };
  process.once('exit', stop);
  let display = process.env.DISPLAY;
  if (!display) {
    const x = await startXvfb();
    children.push(x.proc);
    display = x.display;
  }
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=local'], {
    env: { ...process.env, DISPLAY: display },
    stdio: 'ignore',
  });
  children.push(driver);
  await waitForPort(port, 15_000);
  return { port, stop };
}
