// Embeds the NpsBot chat page in another site: a round button in the corner that opens the chat in an iframe.
// <script src="https://nps.example.com/webchat/embed.js" data-customer="<signed customer>" data-label="Feedback" async></script>
// The site must be listed in WebChat:FrameAncestors. Nothing else is loaded from anywhere but the NpsBot server.
(function () {
  'use strict';

  var script = document.currentScript;
  var chatUrl = new URL('../', script.src);
  if (script.dataset.customer) {
    chatUrl.searchParams.set('customer', script.dataset.customer);
  }

  var frame = document.createElement('iframe');
  frame.title = script.dataset.title || 'Chat';
  frame.setAttribute('data-npsbot', 'chat');
  frame.style.cssText = 'position:fixed;right:16px;bottom:84px;width:380px;height:560px;max-width:calc(100vw - 32px);' +
    'max-height:calc(100vh - 100px);border:0;border-radius:8px;box-shadow:0 4px 24px rgba(0,0,0,.25);display:none;z-index:2147483646;background:#fff';

  var button = document.createElement('button');
  button.type = 'button';
  button.textContent = script.dataset.label || 'Chat';
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('data-npsbot', 'launcher');
  button.style.cssText = 'position:fixed;right:16px;bottom:16px;height:56px;min-width:56px;padding:0 20px;border:0;border-radius:28px;' +
    'color:#fff;background:' + (script.dataset.color || '#0063B1') + ';font:600 15px sans-serif;cursor:pointer;z-index:2147483647';

  button.addEventListener('click', function () {
    var open = frame.style.display === 'none';
    if (open && !frame.src) {
      frame.src = chatUrl.href;
    }

    frame.style.display = open ? 'block' : 'none';
    button.setAttribute('aria-expanded', String(open));
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
