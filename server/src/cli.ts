import { main } from './cli/main';

// exitCode rather than exit(): a large report piped to another program must be flushed first.
main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  () => (process.exitCode = 3),
);
