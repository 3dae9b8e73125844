/**
 * Web Chat renders message text and Adaptive Card TextBlocks as markdown. The
 * bot's texts are plain (and include content editors' and residents' words), so
 * every character markdown would act on is backslash-escaped: "*" stays "*",
 * "[click](javascript:…)" stays literal text, "<b>" is shown, not parsed.
 */

// Inline syntax anywhere: emphasis, code, links/images, raw HTML and entities, tables, strikethrough, headings.
const INLINE = /[\\`*_[\]<>#~|&]/g;
// Block syntax that only counts at the start of a line: lists, quotes, setext underlines, numbered lists.
const LINE_START = /^(\s*)([-+=>]|\d+[.)])/gm;

/** `text` with every markdown-active character backslash-escaped, so it renders exactly as written. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE, (c) => `\\${c}`)
    .replace(LINE_START, (_m, space: string, marker: string) =>
      /^\d/.test(marker)
        ? `${space}${marker.slice(0, -1)}\\${marker.slice(-1)}`
        : `${space}\\${marker}`,
    );
}
