import { benchEngine } from './engine';

/** `npm run bench`: prints figures and ratios; targets are printed beside them, nothing is asserted. */
function main(): void {
  console.log(`role-bot bench — node ${process.version}, ${new Date().toISOString()}`);
  benchEngine();
}

main();
