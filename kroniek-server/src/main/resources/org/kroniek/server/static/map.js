// Draws the map page: bundled country outlines, then markers for geocoded events and places
// from /api/map. Popups are built as DOM nodes with textContent, so no data is parsed as HTML.
(function () {
  'use strict';
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  var note = document.getElementById('map-note');
  var map = L.map(el, { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([48.5, 31.5], 5);
  fetch(el.getAttribute('data-world'))
    .then(function (r) { return r.json(); })
    .then(function (world) {
      L.geoJSON(world, { style: { color: '#94a3b8', weight: 1, fillColor: '#f8fafc', fillOpacity: 1 }, interactive: false })
        .addTo(map).bringToBack();
    });
  // geo precision 1 (the town): small and solid; 2 (near / part of a region): dashed; 3 (region
  // or country only): large and faint. Events are red, places blue.
  function style(kind, precision) {
    var line = kind === 'event' ? '#7f1d1d' : '#1e3a8a';
    var fill = kind === 'event' ? '#dc2626' : '#2563eb';
    var base = kind === 'event' ? 7 : 5;
    if (precision === 1) { return { radius: base, color: line, weight: 2, fillColor: fill, fillOpacity: 0.9 }; }
    if (precision === 2) { return { radius: base + 4, color: line, weight: 2, dashArray: '4 3', fillColor: fill, fillOpacity: 0.45 }; }
    return { radius: base + 10, color: line, weight: 2, dashArray: '2 4', fillColor: fill, fillOpacity: 0.12 };
  }
  function popup(m) {
    var box = document.createElement('div');
    box.className = 'popup';
    var h = document.createElement('h4');
    h.textContent = m.label;
    box.appendChild(h);
    var p = document.createElement('p');
    p.textContent = (m.date || 'undated') + ' · geo precision ' + m.precision +
      (m.status && m.status.length ? ' · ' + m.status.join(', ') : '') + (m.kind === 'place' ? ' · in ' + m.count + ' article(s)' : '');
    box.appendChild(p);
    if (m.detail) {
      var d = document.createElement('p');
      d.textContent = m.detail.length > 240 ? m.detail.slice(0, 240) + '…' : m.detail;
      box.appendChild(d);
    }
    var a = document.createElement('a');
    a.href = m.href;
    a.textContent = m.kind === 'event' ? 'Evidence in the article →' : 'Place page →';
    box.appendChild(a);
    return box;
  }
  fetch(el.getAttribute('data-src'), { headers: { 'Accept': 'application/json' } })
    .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
    .then(function (data) {
      var layer = L.featureGroup();
      var events = 0;
      // places first, so event markers (more specific, with evidence) are drawn on top
      data.markers.slice().sort(function (a, b) { return (a.kind === 'place' ? 0 : 1) - (b.kind === 'place' ? 0 : 1); })
        .forEach(function (m) {
        var marker = L.circleMarker([m.lat, m.lon], style(m.kind, m.precision)).bindPopup(popup(m));
        marker.options.kroniekKind = m.kind;
        layer.addLayer(marker);
        if (m.kind === 'event') { events++; }
      });
      layer.addTo(map);
      // frame the events; without events, the towns and regions (a country marker would zoom out to the world)
      var focus = data.markers.filter(function (m) { return m.kind === 'event'; });
      if (!focus.length) { focus = data.markers.filter(function (m) { return m.precision < 3; }); }
      if (!focus.length) { focus = data.markers; }
      if (focus.length) {
        var bounds = L.latLngBounds(focus.map(function (m) { return [m.lat, m.lon]; }));
        map.fitBounds(bounds.pad(0.3), { maxZoom: 7, animate: false });
      }
      el.setAttribute('data-markers', String(data.markers.length));
      note.textContent = events + ' events and ' + (data.markers.length - events) + ' places on the map.';
    })
    .catch(function (e) { note.textContent = 'Could not load the map data: ' + e.message; });
}());
