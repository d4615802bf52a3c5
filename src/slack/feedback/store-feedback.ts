import type { Logger } from '@slack/bolt';
import { isGap } from '../../engine/gap';
import { referenceOf } from '../../engine/reference';
import { describeFailure } from '../../health';
import type { FeedbackStore } from '../../store/types';
import type { FeedbackSink } from './sink';

/**
 * Feedback into the store: every vote, each answer that is a gap (none, or low confidence), and
 * each alternative chosen after an unsure answer (a phrasing to learn). The store caps every field.
 * A failing write is logged, never passed on: a full disk must not cost a person their answer.
 */
export function storeFeedback(
  store: FeedbackStore,
  logger: Logger,
  now: () => Date = () => new Date(),
): FeedbackSink {
  const append = async (record: Parameters<FeedbackStore['append']>[0]) => {
    try {
      await store.append(record);
    } catch (error) {
      // What was lost, without the question's text (the log never holds what people typed).
      const about =
        record.type === 'vote'
          ? record.answer
          : record.type === 'candidate'
            ? record.chosen
            : record.type === 'draft'
              ? 'draft answer'
              : record.kind;
      logger.error(
        `feedback store write failed, not recorded: ${record.type} (${about}) from ${record.user}: ${describeFailure(error)}`,
      );
    }
  };
  return {
    vote: (v) => append({ type: 'vote', at: now().toISOString(), ...v }),
    chose: (c) => append({ type: 'candidate', at: now().toISOString(), ...c }),
    draft: (d) => append({ type: 'draft', at: now().toISOString(), ...d }),
    answered: async (answer, asker) => {
      if (!isGap(answer)) return;
      const ref = referenceOf(answer);
      const answered = ref ? { answer: ref } : {};
      await append({
        type: 'gap',
        at: now().toISOString(),
        user: asker.user,
        surface: asker.surface,
        query: answer.query,
        kind: answer.kind,
        confidence: answer.confidence,
        roles: answer.mentioned,
        ...answered,
      });
    },
  };
}
