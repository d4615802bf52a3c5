/** The form aliases are compared in: lowercase, without spaces, dots, hyphens, underscores or apostrophes. */
export function aliasKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s.\-_'’/+]+/g, '');
}
