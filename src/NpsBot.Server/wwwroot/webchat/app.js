// The customer's chat page: the official Web Chat against this server's Direct Line (same origin, no CDN).
// A reload within the configured time continues the same conversation: token refresh, then reconnect.
(function () {
  'use strict';

  var storageKey = 'npsbot.webchat.session';
  var base = new URL('.', window.location.href);
  var directLineDomain = new URL('v3/directline', base).href;

  function postJson(url, token, body) {
    var headers = { 'Content-Type': 'application/json' };
    if (token) {
      headers.Authorization = 'Bearer ' + token;
    }

    return fetch(url, { method: 'POST', headers: headers, body: body ? JSON.stringify(body) : undefined }).then(function (response) {
      if (!response.ok) {
        throw new Error(url + ' answered ' + response.status);
      }

      return response.json();
    });
  }

  function loadSession(settings, customer) {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(storageKey) || 'null');
      var fresh = saved && saved.customer === customer && Date.now() - saved.savedAt < settings.resumeWithinSeconds * 1000;
      return fresh ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function saveSession(session) {
    session.savedAt = Date.now();
    window.sessionStorage.setItem(storageKey, JSON.stringify(session));
  }

  // Resume: refresh the saved token (fails once it has expired) and check the server still has the conversation
  // (it may have restarted or dropped it as idle); Web Chat itself would treat a failed reconnect as fatal.
  function resume(saved) {
    return postJson(directLineDomain + '/tokens/refresh', saved.token).then(function (answer) {
      var url = directLineDomain + '/conversations/' + encodeURIComponent(saved.conversationId);
      return fetch(url, { headers: { Authorization: 'Bearer ' + answer.token } }).then(function (response) {
        if (!response.ok) {
          throw new Error('the conversation is gone');
        }

        return { token: answer.token, conversationId: saved.conversationId, customer: saved.customer, resumed: true };
      });
    });
  }

  function start(customer) {
    return postJson(new URL('api/webchat/token', base).href, null, customer ? { customer: customer } : null).then(function (answer) {
      return { token: answer.token, conversationId: answer.conversationId, customer: customer, resumed: false };
    });
  }

  function applySettings(settings) {
    document.title = settings.pageTitle;
    document.documentElement.style.setProperty('--npsbot-accent', settings.accentColor);
    document.getElementById('npsbot-name').textContent = settings.botName;
    document.getElementById('npsbot-avatar').textContent = settings.botAvatarInitials;
  }

  function render(settings, session, useWebSocket) {
    var options = { domain: directLineDomain, token: session.token, webSocket: useWebSocket };
    if (session.resumed) {
      options.conversationId = session.conversationId;
    }

    var directLine = window.WebChat.createDirectLine(options);
    var remember = function () {
      saveSession({ token: directLine.token || session.token, conversationId: session.conversationId, customer: session.customer });
    };
    remember();
    window.setInterval(remember, 60 * 1000);
    window.addEventListener('pagehide', remember);

    window.WebChat.renderWebChat({
      directLine: directLine,
      locale: navigator.language || 'en-US',
      styleOptions: {
        accent: settings.accentColor,
        botAvatarInitials: settings.botAvatarInitials,
        userAvatarInitials: settings.userAvatarInitials || undefined,
        suggestedActionLayout: 'flow',
        hideUploadButton: true
      }
    }, document.getElementById('webchat'));
  }

  function showError(error) {
    var box = document.getElementById('npsbot-error');
    box.textContent = 'The chat could not start. Please reload the page. (' + error.message + ')';
    box.hidden = false;
  }

  var params = new URLSearchParams(window.location.search);
  var customer = params.get('customer') || null;
  fetch(new URL('api/webchat/settings', base).href).then(function (response) { return response.json(); }).then(function (settings) {
    applySettings(settings);
    var useWebSocket = params.has('webSocket') ? params.get('webSocket') !== 'false' : settings.useWebSocket;
    var saved = loadSession(settings, customer);
    var session = saved ? resume(saved).catch(function () { return start(customer); }) : start(customer);
    return session.then(function (s) { render(settings, s, useWebSocket); });
  }).catch(showError);
})();
