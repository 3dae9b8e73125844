/**
 * PTV stores some texts as Draft.js editor state (`{"entityMap":…,"blocks":[…]}`)
 * rather than plain text. Residents must never see that JSON: this turns it
 * into paragraphs, the blocks' text joined with blank lines.
 */

interface DraftBlock {
  text?: unknown;
}

function looksLikeDraft(text: string): boolean {
  return text.trimStart().startsWith('{') && text.includes('"blocks"');
}

/** Tidies whitespace: no trailing spaces, at most one blank line between paragraphs. */
function tidy(paragraphs: string[]): string {
  return paragraphs
    .map((p) =>
      p
        .replace(/[ \t]+/g, ' ')
        .replace(/ *\n */g, '\n')
        .trim(),
    )
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * Plain text of a PTV label: Draft.js JSON becomes paragraphs, plain text is
 * tidied, null becomes ''. JSON that does not parse still has its block texts
 * pulled out, so a damaged export never leaks raw JSON.
 */
export function plainText(label: string | null | undefined): string {
  if (!label) return '';
  if (!looksLikeDraft(label)) return tidy(label.split(/\n{2,}/));
  try {
    const parsed = JSON.parse(label) as { blocks?: unknown };
    if (Array.isArray(parsed.blocks)) {
      return tidy(
        (parsed.blocks as DraftBlock[]).map((b) => (typeof b.text === 'string' ? b.text : '')),
      );
    }
  } catch {
    // Damaged JSON: fall through to pulling the texts out one by one.
  }
  const texts = [...label.matchAll(/"text"\s*:\s*"((?:[^"\\]|\\.)*)"/g)].map((m) => {
    try {
      return JSON.parse(`"${m[1]}"`) as string;
    } catch {
      return m[1] ?? '';
    }
  });
  return tidy(texts);
}
