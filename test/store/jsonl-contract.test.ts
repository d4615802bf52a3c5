// The FeedbackStore tests (feedback-store-contract.ts) on the JSON Lines store, each in a new folder.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createJsonlStore } from '../../src/store/jsonl-store';
import { feedbackStoreContract } from './feedback-store-contract';

const root = mkdtempSync(join(tmpdir(), 'role-bot-contract-'));
let count = 0;
afterAll(() => rm(root, { recursive: true, force: true }));

describe('the JSON Lines feedback store', () => {
  feedbackStoreContract(async () => createJsonlStore(join(root, `case-${++count}`)));
});
