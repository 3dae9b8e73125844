/**
 * Starts Opastin the way `npm start` does (`tsx bot/index.ts`, the real
 * composition root) as a child process on a free port, for tests and benches
 * that need several instances. Resolves once it logs its URL.
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface Instance {
  url: string;
  child: ChildProcess;
  /** Everything it printed (for failure messages). */
  output(): string;
  /** SIGTERM and wait for the exit (a deploy). */
  stop(): Promise<void>;
  /** SIGKILL and wait for the exit (a crash). */
  kill(): Promise<void>;
}

/** `env` is added to this process's environment; PORT defaults to 0 (a free port). */
export function startInstance(env: Record<string, string>, timeoutMs = 90_000): Promise<Instance> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = (signal: NodeJS.Signals) => () => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no startup line within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
      const match = /Opastin is serving \d+ services .* at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({
          // One address family, so both instances see the same client IP (rate limits).
          url: match[1].replace('//localhost:', '//127.0.0.1:'),
          child,
          output: () => output,
          stop: end('SIGTERM'),
          kill: end('SIGKILL'),
        });
      }
    });
    child.stderr?.on(
      'data',
      (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000)),
    );
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before serving:\n${output}`));
    });
  });
}
