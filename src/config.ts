/** The knowledge folder, from KNOWLEDGE_DIR (default `knowledge`). */
export function readKnowledgeDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.KNOWLEDGE_DIR?.trim() || 'knowledge';
}
