import type { Answer, ComparisonView } from '../engine/answer';
import { monthLabel } from '../knowledge/freshness';
import type { Comparison, Provenance, Source } from '../knowledge/types';

/** A curated comparison's review details, found by its pair (the engine's view does not carry them). */
export type ComparisonProvenance = Pick<Comparison, 'roles' | 'reviewed' | 'owner' | 'sources'>;

/** Sources named in the line: one link reads as a pointer, more would crowd a quiet line. */
const SHOWN_SOURCES = 2;

/** Who reviewed an answer and when, and what to read next; undefined for answers not drawn from one entry. */
export function provenanceOf(
  answer: Answer,
  comparisons: readonly ComparisonProvenance[] = [],
): Provenance | undefined {
  if (answer.kind === 'faq') return answer.faq;
  if (answer.kind === 'role') return answer.role;
  if (answer.kind !== 'comparison') return undefined;
  const c = answer.comparison;
  if (c.curated) {
    const pair = [c.a.id, c.b.id].sort().join('|');
    const found = comparisons.find((p) => [...p.roles].sort().join('|') === pair);
    if (found) return found;
  }
  return fromProfiles(c);
}

/** A comparison drawn from two profiles is as fresh as the older one, and owned by both owners. */
function fromProfiles(c: ComparisonView): Provenance {
  const [older] = [c.a, c.b].sort((x, y) => x.reviewed.localeCompare(y.reviewed));
  const owners = [...new Set([c.a.owner, c.b.owner])];
  return {
    reviewed: (older ?? c.a).reviewed,
    owner: owners.join(' and '),
    sources: [...c.a.sources, ...c.b.sources],
  };
}

/** How the line writes its parts: Slack mrkdwn escapes and links, the terminal shows the address. */
export interface ProvenanceFormat {
  text(raw: string): string;
  link(source: Source): string;
}

/** "Reviewed Nov 2026 by @owner · Further reading: <link>". */
export function provenanceLine(p: Provenance, format: ProvenanceFormat): string {
  const reviewed = `Reviewed ${monthLabel(p.reviewed)} by ${format.text(p.owner)}`;
  const links = p.sources.slice(0, SHOWN_SOURCES).map(format.link);
  return links.length ? `${reviewed} · Further reading: ${links.join(', ')}` : reviewed;
}
