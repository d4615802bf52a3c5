import { formatProblem } from '../errors';
import { readKnowledge } from '../knowledge/load';
import { cachedLearned, classifierFits, type ModelPlaces, trainNow } from '../model/train';
import type { CliIo } from './io';

export const TRAIN_HELP = `Usage: role-bot train [--force]

Trains the classifier behind the rules on the knowledge (its FAQ phrasings, generic role and
comparison phrasings, and out-of-scope.yml) and caches the weights by knowledge version, so the
app starts with them. npm run build does this; the app and role-bot ask also train when the
cache has no weights for the knowledge they load. --force trains even when weights are cached.`;

/** `role-bot train`: trains and caches the classifier's weights for the knowledge folder. */
export async function runTrain(
  args: string[],
  knowledgeDir: string,
  io: CliIo,
  places: ModelPlaces,
): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.out(TRAIN_HELP);
    return 0;
  }
  const unknown = args.find((a) => a !== '--force');
  if (unknown) {
    io.err(`Unknown option ${unknown}.\n\n${TRAIN_HELP}`);
    return 2;
  }
  const { knowledge, problems } = readKnowledge(knowledgeDir);
  if (!knowledge) {
    for (const p of problems) io.err(formatProblem(p));
    return 1;
  }
  if (!classifierFits(knowledge)) {
    io.out('The knowledge is too large for the classifier: role-bot answers with the rules alone.');
    return 0;
  }
  if (!args.includes('--force') && cachedLearned(knowledge, places)) {
    io.out(`Weights for knowledge ${knowledge.version} are already cached.`);
    return 0;
  }
  const started = Date.now();
  const { model, vectors, file } = trainNow(knowledge, places);
  const ms = Date.now() - started;
  const where = file ? `cached in ${file}` : 'not cached (no writable folder)';
  io.out(
    `Trained on knowledge ${knowledge.version} in ${ms} ms: ${model.labels.length} classes, ${vectors ? 'with' : 'without'} word vectors; ${where}.`,
  );
  return 0;
}
