// Draws the charts whose data the server wrote into data-chart attributes (no inline scripts: CSP).
// Bar charts by default; data-type="line" draws lines (cumulative curves), data-percent="true" a 0-100 % axis.
(function () {
  'use strict';
  var palette = ['#0066cc', '#f0ad4e', '#008758', '#cc334d', '#5c6f82', '#995c00', '#00376c', '#7a4ea3', '#2a9d8f'];

  function dataset(type, label, values, i) {
    var colour = palette[i % palette.length];
    if (type === 'line') {
      return { label: label, data: values, borderColor: colour, backgroundColor: colour, fill: false,
        spanGaps: false, tension: 0.2, pointRadius: 2, borderWidth: i === 0 ? 3 : 2 };
    }
    return { label: label, data: values, backgroundColor: colour };
  }

  function axis(title, stacked, percent) {
    var options = { stacked: stacked, title: { display: !!title, text: title || '' } };
    if (percent) {
      options.min = 0;
      options.max = 100;
      options.ticks = { callback: function (value) { return value + '%'; } };
    }
    return options;
  }

  function draw(canvas) {
    if (canvas.dataset.drawn || !window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.chart);
    var names = JSON.parse(canvas.dataset.series || '{}');
    var keys = Object.keys(data.series);
    var type = canvas.dataset.type === 'line' ? 'line' : 'bar';
    var stacked = canvas.dataset.stacked === 'true';
    var horizontal = canvas.dataset.horizontal === 'true';
    var percent = canvas.dataset.percent === 'true';
    new window.Chart(canvas, {
      type: type,
      data: {
        labels: data.labels,
        datasets: keys.map(function (key, i) { return dataset(type, names[key] || key, data.series[key], i); })
      },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: keys.length > 1, position: 'bottom' } },
        scales: {
          x: axis(canvas.dataset.xLabel, stacked, false),
          y: Object.assign(axis(canvas.dataset.yLabel, stacked, percent), percent ? {} : { beginAtZero: true })
        }
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
