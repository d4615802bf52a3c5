import { benchE2e } from './e2e';
import { benchScale } from './e2e-scale';
import { benchEngine } from './engine';

/**
 * `npm run bench`: prints figures and ratios; targets are printed beside them, nothing is asserted.
 * `npm run bench -- engine|e2e|scale` runs one part (the machine is shared: run only what you changed).
 */
async function main(): Promise<void> {
  const only = process.argv[2];
  console.log(`role-bot bench — node ${process.version}, ${new Date().toISOString()}`);
  if (!only || only === 'engine') benchEngine();
  if (!only || only === 'e2e') await benchE2e();
  if (!only || only === 'scale') await benchScale();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
