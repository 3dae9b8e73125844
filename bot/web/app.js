// The resident page: starts a Direct Line conversation with the built-in
// server, renders the official Web Chat into #webchat, and switches the page,
// Web Chat and the bot between Finnish, Swedish and English.
(function () {
  'use strict';

  var STRINGS = window.OPASTIN_STRINGS;
  var LANGUAGES = ['fi', 'sv', 'en'];
  var STORAGE_KEY = 'opastin.lang';
  var nonce = document.body.getAttribute('data-nonce') || undefined;
  var chatElement = document.getElementById('webchat');
  var statusElement = document.getElementById('status');

  // Colours keep at least 4.5:1 contrast against their backgrounds (WCAG AA).
  var styleOptions = {
    accent: '#00557f',
    primaryFont: "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif",
    backgroundColor: '#ffffff',
    bubbleBackground: '#eef3f6',
    bubbleBorderColor: '#c3d2dc',
    bubbleBorderWidth: 1,
    bubbleBorderRadius: 8,
    bubbleFromUserBackground: '#00557f',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 8,
    bubbleMaxWidth: 600,
    subtle: '#4a5862',
    timestampColor: '#4a5862',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#00557f',
    suggestedActionTextColor: '#00557f',
    suggestedActionBorderRadius: 6,
    sendBoxButtonColor: '#00557f',
    sendBoxButtonColorOnHover: '#003a57',
    sendBoxBorderTop: '1px solid #8a9aa5',
    hideUploadButton: true,
    rootHeight: '100%',
  };

  var lang = initialLanguage();
  var directLine;
  var store;

  function initialLanguage() {
    var fromUrl = new URLSearchParams(window.location.search).get('lang');
    if (LANGUAGES.indexOf(fromUrl) >= 0) return fromUrl;
    try {
      var saved = window.localStorage.getItem(STORAGE_KEY);
      if (LANGUAGES.indexOf(saved) >= 0) return saved;
    } catch {
      // Storage can be disabled; Finnish is the default then.
    }
    return 'fi';
  }

  function t(key) {
    return STRINGS[lang][key];
  }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.title = t('pageTitle');
    document.querySelectorAll('[data-i18n]').forEach(function (node) {
      node.textContent = t(node.getAttribute('data-i18n'));
    });
    document.querySelectorAll('[data-lang]').forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-lang') === lang));
    });
  }

  function render() {
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: store,
        locale: t('webChatLocale'),
        nonce: nonce,
        styleOptions: styleOptions,
      },
      chatElement,
    );
  }

  function start() {
    applyTexts();
    statusElement.textContent = t('connecting');
    fetch('/api/webchat/token', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: t('webChatLocale') }),
    })
      .then(function (response) {
        if (!response.ok) throw new Error('token request failed: ' + response.status);
        return response.json();
      })
      .then(function (conversation) {
        directLine = window.WebChat.createDirectLine({
          token: conversation.token,
          domain: window.location.origin + '/v3/directline',
          webSocket: false,
          pollingInterval: 500,
        });
        store = window.WebChat.createStore({}, function () {
          return function (next) {
            return function (action) {
              if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') statusElement.textContent = '';
              if (action.type === 'DIRECT_LINE/CONNECT_REJECTED')
                statusElement.textContent = t('connectFailed');
              return next(action);
            };
          };
        });
        render();
      })
      .catch(function () {
        statusElement.textContent = t('connectFailed');
      });
  }

  function setLanguage(next) {
    if (next === lang || LANGUAGES.indexOf(next) < 0) return;
    lang = next;
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered across visits; the switch still works.
    }
    applyTexts();
    if (!store) return;
    render();
    // The bot answers in the new language from the next turn on.
    store.dispatch({
      type: 'WEB_CHAT/SEND_EVENT',
      payload: { name: 'opastin/set-language', value: lang },
    });
    statusElement.textContent = t('languageChanged');
  }

  document.querySelectorAll('[data-lang]').forEach(function (button) {
    button.addEventListener('click', function () {
      setLanguage(button.getAttribute('data-lang'));
    });
  });

  // The skip link lands in the message box, where a keyboard user wants to be.
  document.querySelector('.skip-link').addEventListener('click', function (event) {
    var input = chatElement.querySelector('input[type="text"], textarea');
    if (!input) return;
    event.preventDefault();
    input.focus();
  });

  start();
})();
