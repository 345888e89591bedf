// Draws the timeline page's chart: events per day, stacked by type, from /api/timeline.
(function () {
  'use strict';
  var el = document.getElementById('timeline');
  if (!el || typeof echarts === 'undefined') { return; }
  var note = document.getElementById('timeline-note');
  var palette = ['#dc2626', '#2563eb', '#16a34a', '#d97706', '#7c3aed', '#0891b2', '#db2777', '#65a30d',
    '#ea580c', '#4f46e5', '#0d9488', '#a16207', '#be123c', '#475569', '#9333ea', '#059669'];
  fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (data) {
      var chart = echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        color: palette,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 8, type: 'scroll' },
        grid: { left: 48, right: 24, top: 48, bottom: 64 },
        xAxis: { type: 'category', data: data.days, axisLabel: { rotate: data.days.length > 12 ? 45 : 0 } },
        yAxis: { type: 'value', minInterval: 1, name: 'events' },
        dataZoom: data.days.length > 60 ? [{ type: 'slider', bottom: 8 }] : [],
        series: data.series.map(function (s) {
          return { name: s.type, type: 'bar', stack: 'events', emphasis: { focus: 'series' }, data: s.counts };
        })
      });
      window.addEventListener('resize', function () { chart.resize(); });
      // a bar opens the search for that day's events of that type
      chart.on('click', function (p) {
        if (p.componentType !== 'series') { return; }
        var q = new URLSearchParams(window.location.search);
        q.set('type', 'event');
        q.set('event_type', p.seriesName);
        q.set('from', p.name);
        q.set('to', p.name);
        q.delete('offset');
        window.location.href = '/?' + q.toString();
      });
      el.setAttribute('data-rendered', String(data.shown));
      note.textContent = data.shown + ' dated events of ' + data.total + ' matching' +
        (data.coarse ? ' (' + data.coarse + ' known only to the month or year)' : '') + '.';
    })
    .catch(function (e) { note.textContent = 'Could not load the timeline: ' + e.message; });
}());
