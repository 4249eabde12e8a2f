/*! Host script for the "Ukraine, Russia and NATO: where demands meet" dashboard.
 * MIT License. Include once on a page; it sizes every iframe of the dashboard to its content.
 * It acts only on the dashboard's own height message, and only for the iframe that sent it. */
(function () {
  'use strict';
  if (window.overlapDashboardEmbed) return;
  window.overlapDashboardEmbed = true;
  var SENTINEL = 'overlap-dashboard';
  var MAX_HEIGHT = 100000;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.sentinel !== SENTINEL || data.type !== 'height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height < 0 || height > MAX_HEIGHT) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });
})();
