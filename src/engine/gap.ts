import type { Answer } from './answer';
import { MATCH_OPTIONS } from './options';

/**
 * True for answers the maintainers should hear about: no answer, or a FAQ or role given below
 * `MATCH_OPTIONS.gapBelowConfidence`. The feedback store keeps these for `role-bot report`.
 */
export function isGap(answer: Answer): boolean {
  return (
    answer.kind === 'none' ||
    ((answer.kind === 'faq' || answer.kind === 'role') &&
      answer.confidence < MATCH_OPTIONS.gapBelowConfidence)
  );
}
