import { benchE2e } from './e2e';
import { benchEngine } from './engine';

/** `npm run bench`: prints figures and ratios; targets are printed beside them, nothing is asserted. */
async function main(): Promise<void> {
  console.log(`role-bot bench — node ${process.version}, ${new Date().toISOString()}`);
  benchEngine();
  await benchE2e();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
