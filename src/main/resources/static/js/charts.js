// Draws the charts whose data the server wrote into data-chart attributes (no inline scripts: CSP).
(function () {
  'use strict';
  var palette = ['#0066cc', '#f0ad4e', '#008758', '#cc334d', '#5c6f82', '#995c00', '#00376c'];

  function draw(canvas) {
    if (canvas.dataset.drawn || !window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.chart);
    var names = JSON.parse(canvas.dataset.series || '{}');
    var keys = Object.keys(data.series);
    var stacked = canvas.dataset.stacked === 'true';
    var horizontal = canvas.dataset.horizontal === 'true';
    // data-type="line" draws lines (running totals over time); bars otherwise
    var line = canvas.dataset.type === 'line';
    new window.Chart(canvas, {
      type: line ? 'line' : 'bar',
      data: {
        labels: data.labels,
        datasets: keys.map(function (key, i) {
          var colour = palette[i % palette.length];
          return line
            ? { label: names[key] || key, data: data.series[key], borderColor: colour, backgroundColor: colour,
                fill: false, tension: 0, pointRadius: 3 }
            : { label: names[key] || key, data: data.series[key], backgroundColor: colour };
        })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: keys.length > 1, position: 'bottom' } },
        scales: { x: { stacked: stacked }, y: { stacked: stacked, beginAtZero: true } }
      }
    });
    canvas.dataset.drawn = 'true';
  }

  function drawAll(root) {
    (root || document).querySelectorAll('canvas[data-chart]').forEach(draw);
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.body.addEventListener('htmx:afterSettle', function (event) { drawAll(event.target); });
  drawAll(document);
})();
