// Run as a child process by file-store.test.ts: rewrites one file forever with
// two large, different texts until the test kills it with SIGKILL.
import { writeFileAtomic } from '../../../knowledge/store/file-store';

const [file, a, b] = process.argv.slice(2) as [string, string, string];
const texts = [a.repeat(20_000), b.repeat(20_000)];
let i = 0;
process.stdout.write('ready\n');
for (;;) {
  await writeFileAtomic(file, texts[i++ % 2] as string);
}
