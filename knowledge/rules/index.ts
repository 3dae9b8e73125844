/** All validation rules, in the order their problems are most useful to read. */
import { brokenPathStep } from './broken-path-step';
import { channelPhone } from './channel-phone';
import { duplicateId } from './duplicate-id';
import { missingTranslation } from './missing-translation';
import { pathStepAudience } from './path-step-audience';
import { phoneInFreeText } from './phone-in-free-text';
import { redFlagLexicon } from './red-flag-lexicon';
import { reviewOverdue } from './review-overdue';
import { samplePointPhone } from './sample-point-phone';
import { summaryRepeatsName } from './summary-repeats-name';
import { summaryTooLong } from './summary-too-long';
import type { Rule } from './types';
import { unfinishedText } from './unfinished-text';
import { unknownReference } from './unknown-reference';

export type { Rule, RuleContext } from './types';

export const RULES: readonly Rule[] = [
  duplicateId,
  unknownReference,
  brokenPathStep,
  pathStepAudience,
  missingTranslation,
  redFlagLexicon,
  unfinishedText,
  summaryTooLong,
  summaryRepeatsName,
  phoneInFreeText,
  channelPhone,
  samplePointPhone,
  reviewOverdue,
];
