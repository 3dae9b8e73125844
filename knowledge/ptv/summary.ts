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
