/**
 * The side panel's controller: holds what the counsellor chose (text,
 * segment chips, filters, language), re-runs the match on every change and
 * re-renders. Browser APIs come in as functions so the panel runs in tests.
 */
import type { HolidayCalendar } from '../../../knowledge/hours/calendar';
import { LEVELS, type KnowledgeBase, type Language, type Level } from '../../../knowledge/schema';
import type { SearchEngine } from '../../../knowledge/search/types';
import { createTranslator, toLanguage, type Translate } from '../../i18n';
import type { ChosenKnowledge } from '../../lib/knowledge';
import { matchNote, type NoteMatch } from '../../../knowledge/search/match-note';
import { describeKnowledge, fillFilters, translateLabels } from '../../lib/render/controls';
import { renderResults } from '../../lib/render/results';
import type { Settings } from '../../lib/state';
import { USE_SELECTION_KEYS } from '../../lib/state';
import { referralSummary } from '../../lib/summary';

export interface PanelDeps {
  doc: Document;
  knowledge: ChosenKnowledge;
  createEngine: (kb: KnowledgeBase) => SearchEngine;
  settings: Settings;
  saveSettings: (settings: Settings) => Promise<void>;
  /** Reads the selection in the active tab; throws when the page cannot be read. */
  readSelection: () => Promise<string>;
  copyText: (text: string) => Promise<void>;
  /** The shortcut as the counsellor has set it (chrome://extensions/shortcuts); the default otherwise. */
  shortcut?: string;
  now?: () => Date;
  /** Finnish holidays for opening hours (the table bundled at build time). */
  holidays: HolidayCalendar;
}

/** The name under which match + render time is recorded (performance.measure), read by the e2e test. */
export const MATCH_MEASURE = 'opastin:match';
/** The matching part of it alone (engine + paths), without rendering. */
export const SEARCH_MEASURE = 'opastin:search';

// Long and mixed on purpose: the engine's slow first run is in the paths a long, many-word note takes.
const WARM_UP_NOTE = [
  'Asiakas kertoo väsymyksestä ja unettomuudesta, talous on tiukalla eikä vuokraan riitä rahaa.',
  'Lapsella kuumetta ja korvakipua, koulussa kiusaamista; isovanhempi tarvitsee apua kotiin.',
  'Klienten berättar om ensamhet, tandvärk och svårigheter att klara vardagen hemma.',
  'The client has been out of work for a long time, drinks more than before and feels low.',
].join(' ');

export class Panel {
  readonly #deps: PanelDeps;
  readonly #doc: Document;
  #knowledge: ChosenKnowledge;
  #engine: SearchEngine;
  #settings: Settings;
  #t: Translate;
  #text = '';
  #chips: { lifeStage?: string; needProfile?: string } = {};
  #model: NoteMatch | undefined;

  constructor(deps: PanelDeps) {
    this.#deps = deps;
    this.#doc = deps.doc;
    this.#knowledge = deps.knowledge;
    this.#engine = deps.createEngine(deps.knowledge.kb);
    this.#settings = { ...deps.settings };
    this.#t = createTranslator(this.#lang);
    this.#bind();
    this.#translate();
  }

  get #lang(): Language {
    return toLanguage(this.#settings.language);
  }

  #el<T extends HTMLElement>(id: string): T {
    const el = this.#doc.getElementById(id);
    if (!el) throw new Error(`side panel markup is missing #${id}`);
    return el as T;
  }

  /** Matches a note (from the selection, the context menu or the search box). */
  useText(text: string): void {
    this.#text = text;
    this.#el<HTMLTextAreaElement>('note').value = text;
    this.#chips = {};
    this.#run();
  }

  /**
   * Runs one throwaway match so the engine's code is compiled and its lazy
   * structures built before the counsellor's first real note arrives.
   */
  warmUp(): void {
    matchNote(this.#engine, this.#knowledge.kb, WARM_UP_NOTE);
  }

  /** Swaps in a refreshed knowledge base and re-runs the current match. */
  setKnowledge(knowledge: ChosenKnowledge): void {
    this.#knowledge = knowledge;
    this.#engine = this.#deps.createEngine(knowledge.kb);
    this.#fillFilters();
    this.#showVersion();
    if (this.#text) this.#run();
  }

  #run(): void {
    const start = performance.now();
    const { kb } = this.#knowledge;
    const level = this.#el<HTMLSelectElement>('filter-level').value;
    this.#model = matchNote(this.#engine, kb, this.#text, {
      ...this.#chips,
      municipality: this.#settings.municipality || undefined,
      onlyLifeStage: this.#el<HTMLSelectElement>('filter-life-stage').value || undefined,
      level: (LEVELS as readonly string[]).includes(level) ? (level as Level) : undefined,
    });
    performance.measure(SEARCH_MEASURE, { start, end: performance.now() });
    const results = this.#el('results');
    results.replaceChildren(
      renderResults(this.#model, {
        kb,
        lang: this.#lang,
        t: this.#t,
        now: this.#now(),
        holidays: this.#deps.holidays,
        doc: this.#doc,
      }),
    );
    this.#el('summary').hidden = this.#model.results.length === 0;
    this.#el<HTMLTextAreaElement>('summary-text').value = '';
    performance.measure(MATCH_MEASURE, { start, end: performance.now() });
  }

  get #shortcut(): string {
    return this.#deps.shortcut || USE_SELECTION_KEYS;
  }

  #now(): Date {
    return this.#deps.now?.() ?? new Date();
  }

  #status(message: string): void {
    this.#el('status').textContent = message;
  }

  #bind(): void {
    const doc = this.#doc;
    this.#el('search-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.useText(this.#el<HTMLTextAreaElement>('note').value);
    });
    // Ctrl+Enter in the note searches, as in most client systems' text fields.
    this.#el('note').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        this.useText(this.#el<HTMLTextAreaElement>('note').value);
      }
    });
    this.#el('clear').addEventListener('click', () => {
      this.useText('');
      this.#status('');
      this.#el('note').focus();
    });
    this.#el('use-selection').addEventListener('click', () => void this.#useSelection());
    for (const id of ['filter-life-stage', 'filter-level']) {
      this.#el(id).addEventListener('change', () => this.#text && this.#run());
    }
    this.#el('filter-municipality').addEventListener('change', () => {
      this.#settings.municipality = this.#el<HTMLSelectElement>('filter-municipality').value;
      void this.#deps.saveSettings(this.#settings);
      if (this.#text) this.#run();
    });
    this.#el('results').addEventListener('click', (event) => {
      const chip = (event.target as HTMLElement).closest<HTMLElement>('button[data-axis]');
      if (!chip) return;
      const axis = chip.dataset.axis as 'lifeStage' | 'needProfile';
      this.#chips = { ...this.#chips, [axis]: chip.dataset.id };
      this.#run();
      // Re-rendering replaced the button; keep keyboard focus on the chip just pressed.
      doc
        .querySelector<HTMLElement>(`button[data-axis="${axis}"][data-id="${chip.dataset.id}"]`)
        ?.focus();
    });
    for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-lang]')) {
      button.addEventListener('click', () => {
        this.#settings.language = toLanguage(button.dataset.lang);
        void this.#deps.saveSettings(this.#settings);
        this.#t = createTranslator(this.#lang);
        this.#translate();
        if (this.#text) this.#run();
      });
    }
    this.#el('copy-summary').addEventListener('click', () => void this.#copySummary());
  }

  async #useSelection(): Promise<void> {
    const t = this.#t;
    try {
      const text = await this.#deps.readSelection();
      if (!text.trim()) {
        this.#status(t('selection.empty'));
        return;
      }
      this.useText(text);
      this.#status(t('selection.received', { count: text.length }));
    } catch {
      this.#status(t('selection.failed', { menu: t('menu.find'), keys: this.#shortcut }));
    }
  }

  async #copySummary(): Promise<void> {
    if (!this.#model) return;
    const text = referralSummary(this.#model, {
      kb: this.#knowledge.kb,
      lang: this.#lang,
      t: this.#t,
      now: this.#now(),
    });
    const preview = this.#el<HTMLTextAreaElement>('summary-text');
    preview.value = text;
    try {
      await this.#deps.copyText(text);
      this.#status(this.#t('summary.copied'));
    } catch {
      this.#status(this.#t('summary.copyFailed'));
      preview.focus();
      preview.select?.();
    }
  }

  /** Puts every static label into the chosen language. */
  #translate(): void {
    translateLabels(this.#doc, this.#t, this.#lang);
    this.#el('shortcut-hint').textContent = this.#t('input.shortcut', { keys: this.#shortcut });
    this.#fillFilters();
    this.#showVersion();
    if (!this.#text) this.#el('results').replaceChildren(this.#emptyHint());
  }

  #emptyHint(): HTMLElement {
    const p = this.#doc.createElement('p');
    p.className = 'muted empty';
    p.textContent = this.#t('results.empty');
    return p;
  }

  #showVersion(): void {
    this.#el('knowledge-version').textContent = describeKnowledge(
      this.#knowledge,
      this.#t,
      this.#lang,
    );
  }

  #fillFilters(): void {
    fillFilters(this.#doc, this.#knowledge.kb, this.#t, this.#lang, this.#settings.municipality);
  }
}
