import Fuse from 'fuse.js';
import { aliasKey } from '../knowledge/normalize';
import type { KnowledgeBase, Role } from '../knowledge/types';
import { MATCH_OPTIONS, type MatchOptions } from './options';
import { editDistance } from './typos';

/** A role found in a question, with the words that named it. */
export interface RoleMention {
  role: Role;
  /** The words as typed (normalized), e.g. "prodcut owner". */
  text: string;
  /** Index of the first and one past the last word it covers. */
  start: number;
  end: number;
  /** True when the words matched an alias only approximately. */
  fuzzy: boolean;
  /** Set when the alias is ambiguous (pm): the other roles it can mean. */
  otherReadings: Role[];
}

interface AliasEntry {
  key: string;
  role: Role;
}

/** Finds the roles a question names: exact aliases first (longest wins), then Fuse.js for typos. */
export class RoleDetector {
  private readonly exact = new Map<string, Role>();
  private readonly others = new Map<string, Role[]>();
  private readonly fuse: Fuse<AliasEntry>;
  private readonly fuzzyCache = new Map<string, Role | null>();

  constructor(
    kb: KnowledgeBase,
    knownWords: ReadonlySet<string>,
    private readonly o: MatchOptions = MATCH_OPTIONS,
  ) {
    const byId = new Map(kb.roles.map((r) => [r.id, r]));
    const entries: AliasEntry[] = [];
    for (const role of kb.roles) {
      for (const alias of [role.id, role.name, ...role.aliases]) {
        const key = aliasKey(alias);
        if (!this.exact.has(key)) this.exact.set(key, role);
        for (const w of alias.toLowerCase().split(/[\s.\-_/]+/)) this.aliasWords.add(w);
        if (key.length >= this.o.aliasFuzzyMinLength) entries.push({ key, role });
      }
    }
    for (const [alias, { prefer, also }] of Object.entries(kb.ambiguousAliases)) {
      const key = aliasKey(alias);
      const preferred = byId.get(prefer);
      if (preferred) this.exact.set(key, preferred);
      this.others.set(
        key,
        also.flatMap((id) => byId.get(id) ?? []),
      );
    }
    this.knownWords = knownWords;
    this.fuse = new Fuse(entries, {
      keys: ['key'],
      includeScore: true,
      ignoreLocation: true,
      threshold: this.o.aliasFuzzyThreshold,
    });
  }

  private readonly knownWords: ReadonlySet<string>;
  private readonly aliasWords = new Set<string>();

  /** All role mentions in the words, left to right, without overlaps: exact aliases first, then typos in the gaps. */
  detect(words: readonly string[]): RoleMention[] {
    const keys = words.map(aliasKey);
    const exact: RoleMention[] = [];
    for (let i = 0; i < words.length; ) {
      const hit = this.exactAt(words, keys, i);
      exact.push(...(hit ? [hit] : []));
      i = hit ? hit.end : i + 1;
    }
    const found: RoleMention[] = [];
    let from = 0;
    for (const gapEnd of [...exact.map((m) => m.start), words.length]) {
      for (let i = from; i < gapEnd; ) {
        const hit = this.fuzzyAt(words, i, gapEnd);
        found.push(...(hit ? [hit] : []));
        i = hit ? hit.end : i + 1;
      }
      const next = exact.find((m) => m.start === gapEnd);
      if (next) {
        found.push(next);
        from = next.end;
      }
    }
    return found;
  }

  private exactAt(words: readonly string[], keys: readonly string[], start: number): RoleMention | undefined {
    for (let end = Math.min(words.length, start + this.o.aliasMaxWords); end > start; end--) {
      const typed = keys.slice(start, end).join('');
      // Plurals: "POs", "tech leads", "product owners".
      const key = this.exact.has(typed) || !typed.endsWith('s') ? typed : typed.slice(0, -1);
      const role = this.exact.get(key);
      if (role) return this.mention(words, start, end, role, key, false);
    }
    return undefined;
  }

  private fuzzyAt(words: readonly string[], start: number, limit: number): RoleMention | undefined {
    for (let end = Math.min(limit, start + this.o.aliasMaxWords); end > start; end--) {
      const slice = words.slice(start, end);
      // A misspelt role holds a word we do not know, and only words that could belong to an alias:
      // "prodcut owner" yes; "compare product owner" or "the owner" no.
      const unknown = slice.filter((w) => !this.knownWords.has(w));
      if (unknown.length === 0 || !slice.every((w) => unknown.includes(w) || this.aliasWords.has(w)))
        continue;
      const role = this.fuzzy(aliasKey(slice.join('')));
      if (role) return this.mention(words, start, end, role, '', true);
    }
    return undefined;
  }

  private fuzzy(key: string): Role | undefined {
    if (key.length < this.o.aliasFuzzyMinLength) return undefined;
    const cached = this.fuzzyCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    // Fuse finds the candidates; the fewest edits (a swap of two letters counts once) picks among them,
    // so "tehclead" is the Tech Lead, not the QA Lead that Fuse's character matching ranks first.
    const near = this.fuse
      .search(key, { limit: this.o.aliasFuzzyCandidates })
      .filter(
        (r) =>
          Math.abs(r.item.key.length - key.length) <=
          Math.max(1, Math.floor(r.item.key.length * this.o.aliasFuzzyLengthTolerance)),
      )
      .map((r) => ({ role: r.item.role, edits: editDistance(key, r.item.key), length: r.item.key.length }))
      .filter((c) => c.edits <= Math.max(1, Math.floor(c.length * this.o.aliasFuzzyMaxEditShare)));
    const best = near.reduce<(typeof near)[number] | undefined>(
      (b, c) => (!b || c.edits < b.edits ? c : b),
      undefined,
    );
    const role = best?.role ?? null;
    if (this.fuzzyCache.size > this.o.aliasFuzzyCacheSize) this.fuzzyCache.clear();
    this.fuzzyCache.set(key, role);
    return role ?? undefined;
  }

  private mention(
    words: readonly string[],
    start: number,
    end: number,
    role: Role,
    key: string,
    fuzzy: boolean,
  ): RoleMention {
    const otherReadings = this.others.get(key) ?? [];
    return { role, text: words.slice(start, end).join(' '), start, end, fuzzy, otherReadings };
  }
}
