/**
 * The learned ranking: which service people meant, learned from messages labelled with the
 * service they needed (the development half of the safety set, `npm run search:train`).
 *
 * Why: the engine ranks by the words a message shares with the services' texts. A resident who
 * had a heart attack last year and asks about getting back to work shares "sydänkohtaus" with the
 * emergency number and nothing with rehabilitation, and the services' texts cannot list every
 * way of telling a life story. A linear model over the message's character n-grams learns those
 * ways from the labelled messages (dev sections 21-27 left out of training: top-3 84.3 % ->
 * 92.9 % on their 1,410 look-alikes; see RANKING in search/index.ts).
 *
 * It only reorders what the engine already found, only when the engine is not confident and no
 * red flag fired (see index.ts):
 * a confident answer ("hammaslääkäri" -> dental care) is the services' own words and stays as it
 * is. A service the model was not trained on (added by an editor later) keeps its engine score.
 * Deterministic, no I/O, the same in the bot and the extension.
 */
import { createReader, featuresOf, weightiest, type LinearModel } from '../redflags/learned';

/** The longest message the model reads, in words. */
const MAX_WORDS = 80;

/** A trained ranking model as stored (ranking-model.ts, written by `npm run search:train`). */
export interface RankingModel extends LinearModel {
  /** The model's classes: the service ids it was trained on, in the order of its weights. */
  services: string[];
}

export interface LearnedRanking {
  /** The model's probability that the message means this service; 0 for a service it never saw. */
  probability(serviceId: string): number;
  /** The message's words that pointed most to this service, as written, strongest first. */
  words(serviceId: string): string[];
}

/** Decodes a stored model once; the returned function is pure. */
export function createLearnedRanking(model: RankingModel): (text: string) => LearnedRanking | null {
  const { read, weights } = createReader(model);
  const classOf = new Map(model.services.map((id, k) => [id, k]));
  return (text) => {
    // Fewer than five words is the engine's alone, as it is the concepts' for the red flags: a
    // short query names what it wants ("nearest health centre"), and the model, which learned
    // from whole messages, read too little in one to outweigh the services' own words.
    const message = featuresOf(text, model.negationReach);
    // Nor does it read far beyond the longest message it learned from (64 words): a 2,000-character
    // record entry put meals on wheels above the memory assessment it asked for.
    if (!message || message.words.length > MAX_WORDS) return null;
    const { found, p } = read(message);
    const { words, written } = message;
    return {
      probability: (id) => {
        const k = classOf.get(id);
        return k === undefined ? 0 : p[k]!;
      },
      words: (id) => {
        const k = classOf.get(id);
        return k === undefined
          ? []
          : weightiest(found, weights, k, words, model.services.length).map((i) => written[i]!);
      },
    };
  };
}
