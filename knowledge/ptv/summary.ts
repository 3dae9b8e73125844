/**
 * PTV's rule for summaries: at most 150 characters. An imported summary that
 * is longer is cut at the last whole sentence that fits, or failing that at a
 * word boundary with an ellipsis, never in the middle of a word.
 */
import { MAX_SUMMARY_LENGTH } from '../rules/summary-too-long';

const length = (text: string) => [...text].length;

export function shortenSummary(text: string, max = MAX_SUMMARY_LENGTH): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (length(clean) <= max) return clean;
  const sentences = clean.split(/(?<=[.!?])\s+(?=\p{Lu}|\d)/u);
  let kept = '';
  for (const sentence of sentences) {
    const next = kept ? `${kept} ${sentence}` : sentence;
    if (length(next) > max) break;
    kept = next;
  }
  if (kept) return kept;
  const words = clean.split(' ');
  let cut = '';
  for (const word of words) {
    const next = cut ? `${cut} ${word}` : word;
    if (length(next) > max - 1) break;
    cut = next;
  }
  // A single word longer than the limit (a URL) is cut hard rather than dropped.
  const base = cut || [...clean].slice(0, max - 1).join('');
  return `${base.replace(/[\s,;:–-]+$/u, '')}…`;
}

/** "X is …", per language: the only shape of a name-repeating summary that can be fixed without rewriting it. */
const COPULA = /^(?:on|ovat|tarkoittaa|är|innebär|avser|is|are|means)\s+/iu;

/**
 * PTV's other summary rule: do not repeat the name. A summary of the form
 * "<name> is <what it gives>" keeps only "<What it gives>"; any other repeat is
 * left as published (summary-repeats-name warns about it), since fixing it
 * would mean rewriting the authority's text.
 */
export function dropRepeatedName(summary: string, name: string): string {
  const trimmedName = name.trim();
  if (!trimmedName || !summary.toLocaleLowerCase().startsWith(trimmedName.toLocaleLowerCase())) {
    return summary;
  }
  const after = summary.slice(trimmedName.length);
  // The name must end as a word: "Kotihoitoon kuuluvat…" is not "Kotihoito on…".
  if (!/^\s/.test(after)) return summary;
  const rest = after.trimStart();
  const copula = COPULA.exec(rest);
  if (!copula) return summary;
  const remainder = rest.slice(copula[0].length);
  // Only when a real phrase is left: "Kotihoito on apua." would become one word.
  if (remainder.split(/\s+/).length < 3) return summary;
  return remainder.charAt(0).toLocaleUpperCase() + remainder.slice(1);
}
