// Draws the story page's figures over time: one line per (place, kind), each point a reported
// figure on its article's date, from /api/stories/{id}. Text goes into the page as textContent only.
(function () {
  'use strict';
  var el = document.getElementById('figure-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (story) {
      var points = 0;
      var series = story.figures.map(function (f) {
        var data = f.points.filter(function (p) { return p.date; }).map(function (p) {
          points++;
          var value = p.high !== null && p.high !== undefined ? p.high : p.low;
          return { value: [p.date.substring(0, 10), value], point: p };
        });
        // points, not a line: two sources reporting different numbers on one day are not a trend
        return { name: f.locationName + ' · ' + f.kind, type: 'scatter', symbolSize: 11, data: data };
      });
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        tooltip: {
          trigger: 'item',
          formatter: function (p) {
            var pt = p.data.point;
            var box = document.createElement('div');
            var head = document.createElement('strong');
            head.textContent = p.seriesName + ': ' + (pt.high === null || pt.high === undefined ? 'at least ' + pt.low
              : (pt.low === null || pt.low === pt.high ? pt.high : pt.low + '–' + pt.high));
            var who = document.createElement('div');
            who.textContent = (pt.date || '') + ' · ' + (pt.speaker || pt.outlet);
            box.appendChild(head);
            box.appendChild(who);
            return box;
          }
        },
        legend: { top: 8, type: 'scroll' },
        grid: { left: 56, right: 24, top: 48, bottom: 40 },
        xAxis: { type: 'time' },
        yAxis: { type: 'value', name: 'reported', minInterval: 1 },
        series: series
      });
      chart.on('click', function (p) {
        if (p.data && p.data.point && p.data.point.url && p.data.point.url.charAt(0) === '/') {
          window.location.href = p.data.point.url;
        }
      });
      window.addEventListener('resize', function () { chart.resize(); });
      el.setAttribute('data-rendered', String(points));
    })
    .catch(function (e) {
      var note = document.createElement('p');
      note.className = 'muted';
      note.textContent = 'Could not load the figures: ' + e.message;
      el.parentNode.insertBefore(note, el.nextSibling);
    });
}());
