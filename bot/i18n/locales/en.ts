/** English. */
import type { Messages } from './fi';

export const en: Messages = {
  welcome: {
    intro:
      "Hello! I'm Opastin, the service guide of the Western Uusimaa wellbeing services county. I help you find the right social or health service and tell you how to get it now.",
    notDiagnosis:
      'I give guidance, not diagnoses or medical advice. In an emergency, call 112 straight away.',
    prompt:
      'Tell me in your own words what you need, or choose a topic. Do not type your personal identity code.',
  },
  topics: {
    dental: 'Dental care',
    doctor: 'Doctor appointment',
    mental: 'Mental health',
    family: 'Families with children',
    older: 'Support for older people',
    money: 'Money and living costs',
  },
  actions: {
    yes: 'Yes',
    no: 'No',
    helpful: 'That helped',
    notHelpful: 'Not helpful',
    person: 'Talk to a person',
    restart: 'Start over',
    help: 'Help',
    privacy: 'Privacy',
    changeLanguage: 'Change language',
    myself: 'For myself',
    myChild: 'For my child',
    olderRelative: 'For an older relative',
    call: 'Call {{number}}',
    open: 'Open: {{name}}',
  },
  language: {
    changed: "Sure, let's continue in English.",
    choose: 'Choose a language.',
    offer: 'I answered in English because you wrote in English. Shall we continue in English?',
    keep: 'Continue in English',
  },
  help: {
    text: 'Write in your own words what you need, for example "toothache" or "my mother is not coping at home". I tell you which service fits, how to get it now and what the next step is.',
    commands:
      'At any point you can write: "help", "start over", "suomeksi" or "på svenska", "talk to a person" or "privacy". Tell me your municipality too, for example "I live in Lohja", and I will show the nearest service point.',
  },
  privacy: {
    text: 'Do not type your personal identity code, phone number or email address. I do not need them to find a service.',
    stored:
      'The conversation is not saved under your name. Unanswered questions and feedback are stored without identifying details so the content can be improved. Personal identity codes, phone numbers and email addresses are removed before anything is stored.',
  },
  identity: {
    warning:
      'Please do not type your personal identity code in this chat. I did not store it, and I do not need it to find a service.',
  },
  emergency: {
    lead: 'Call {{number}} now.',
    after:
      'If this is not an emergency, tell me more about your situation and I will look for a suitable service.',
    numbers: 'Numbers',
    because: 'I recognised these words in your message: “{{words}}”.',
    urgentLead: 'Call the medical helpline {{number}} or go to the emergency department today.',
    afterUrgent:
      'If this is not urgent, tell me more about your situation and I will look for a suitable service.',
  },
  safetyNet: {
    line: 'If the symptoms are sudden or severe, call: {{numbers}}.',
    or: ' or ',
  },
  notSure: {
    text: "I'm not sure which service you need, and I don't want to guess.",
    tips: 'Try describing the situation in other words: who the help is for, what the problem is and how urgent it is. For example "my child has an earache" or "I can\'t cope at work".',
    contact: 'You can also ask a person:',
  },
  clarify: {
    didYouMean: 'Did you mean this: {{name}}?',
    forWhom: 'Who is this for?',
    municipality:
      'Which municipality do you live in? Services and service points vary by municipality.',
  },
  municipality: {
    noted: 'Your home municipality: {{name}}. From now on I will show its service points.',
  },
  person: {
    title: 'Talk to a person',
    intro: 'Here you can get help from a person, by phone or chat:',
    none: 'Call the medical helpline {{number}}.',
  },
  card: {
    lead: 'This service fits your question: {{name}}.',
    forWhom: 'Who it is for',
    howToGet: 'How to get it now',
    fees: 'Fees',
    nextStep: 'Next step',
    nextStepText: 'On the path "{{path}}" the next step is {{service}}. {{when}}',
    servicePoint: 'Service point: {{municipality}}',
    phone: 'tel. {{phone}}',
    channelLine: '{{name}}: {{status}}',
    serviceSummary: 'Service: {{name}}. {{summary}}',
  },
  feedback: {
    thanks: 'Thank you for your feedback!',
    sorry:
      'Thank you for your feedback, it helps us improve. Try describing it in other words, or ask a person.',
    nothing: 'Thanks! Tell me what you need and I will look for a service.',
  },
  restart: { done: "Let's start over." },
  error: {
    generic:
      'Sorry, something went wrong. Please try again in a moment. In an emergency, call 112.',
  },
};
