// Shows the place's marker on a Leaflet map. Coordinates come from data attributes of #map;
// tiles load only when the browser can reach OpenStreetMap, otherwise the marker sits on a plain map.
(function () {
  var el = document.getElementById('map');
  if (!el || typeof L === 'undefined') { return; }
  var lat = parseFloat(el.getAttribute('data-lat'));
  var lon = parseFloat(el.getAttribute('data-lon'));
  if (!isFinite(lat) || !isFinite(lon)) { return; }
  L.Icon.Default.imagePath = '/assets/leaflet/dist/images/';
  var map = L.map(el).setView([lat, lon], 8);
  L.tileLayer('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png', {
    maxZoom: 18,
    attribution: '&copy; OpenStreetMap contributors'
  }).addTo(map);
  var label = document.createElement('span');
  label.textContent = el.getAttribute('data-label') || '';
  L.marker([lat, lon]).addTo(map).bindPopup(label);
})();
