/* Trede office console: the little the pages need beyond plain HTML and htmx.
   - draw every <canvas data-chart="…"> with Chart.js (the JSON comes from the server);
   - submit a filter form when one of its ".autosubmit" fields changes;
   - ask before a form with data-confirm="…" does what cannot be undone (revoking a device wipes
     it; without script the form simply submits).
   No inline scripts anywhere (the pages' Content-Security-Policy allows none). */
(function () {
  'use strict';

  // Okabe-Ito: distinguishable with the common forms of colour blindness.
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#999999'];

  function nl(value) {
    return typeof value === 'number' ? value.toLocaleString('nl-NL') : value;
  }

  function toConfig(spec) {
    var datasets = spec.datasets.map(function (d, i) {
      var colour = d.color || PALETTE[i % PALETTE.length];
      if (d.kind === 'target') {
        // A KPI's target: a thick dash across each bar at the target, drawn over the bars.
        return {
          type: 'line', label: d.label, data: d.data, showLine: false, order: -1,
          borderColor: colour, backgroundColor: colour, borderWidth: 3,
          pointStyle: 'line', pointRadius: spec.horizontal ? 12 : 24, pointHoverRadius: spec.horizontal ? 13 : 26,
          pointRotation: spec.horizontal ? 90 : 0
        };
      }
      if (d.kind === 'line') {
        // A budget per month over the bars of what was used.
        return {
          type: 'line', label: d.label, data: d.data, order: -1, borderColor: colour, backgroundColor: colour,
          borderWidth: 2, borderDash: [6, 4], pointRadius: 3, fill: false, tension: 0
        };
      }
      return {
        label: d.label,
        data: d.data,
        backgroundColor: d.colors || (spec.type === 'line' ? colour + '33' : colour),
        borderColor: colour,
        borderWidth: spec.type === 'line' ? 2 : 0,
        fill: spec.type === 'line',
        tension: 0.2,
        maxBarThickness: 48
      };
    });
    var valueAxis = {
      beginAtZero: true,
      max: typeof spec.max === 'number' ? spec.max : undefined,
      stacked: !!spec.stacked,
      title: { display: !!spec.valueTitle, text: spec.valueTitle || '' },
      ticks: { callback: function (v) { return nl(v); }, precision: spec.integers ? 0 : undefined }
    };
    var categoryAxis = {
      stacked: !!spec.stacked,
      // Every category is named: a KPI or an employer left without its label means nothing.
      ticks: { autoSkip: false },
      title: { display: !!spec.categoryTitle, text: spec.categoryTitle || '' }
    };
    return {
      type: spec.type,
      data: { labels: spec.labels, datasets: datasets },
      options: {
        // An old laptop should not spend its time on animation.
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: spec.horizontal ? 'y' : 'x',
        locale: 'nl-NL',
        plugins: {
          legend: { display: datasets.length > 1, position: 'bottom', labels: { usePointStyle: datasets.some(function (d) { return d.type === 'line'; }) } },
          tooltip: { callbacks: { label: function (ctx) {
            var v = spec.horizontal ? ctx.parsed.x : ctx.parsed.y;
            return (ctx.dataset.label ? ctx.dataset.label + ': ' : '') + nl(v);
          } } }
        },
        scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis }
      }
    };
  }

  function drawCharts(root) {
    if (typeof window.Chart === 'undefined') {
      return;
    }
    root.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      if (window.Chart.getChart(canvas)) {
        return;
      }
      var spec = JSON.parse(canvas.getAttribute('data-chart'));
      if (spec.horizontal) {
        // One row per category: a long list of employers gets room, a single jobcoach no giant bar.
        canvas.parentNode.style.height = Math.max(140, Math.min(560, 90 + 34 * spec.labels.length)) + 'px';
      }
      new window.Chart(canvas, toConfig(spec));
    });
  }

  function autosubmit(root) {
    root.querySelectorAll('.autosubmit').forEach(function (field) {
      if (field.dataset.bound) {
        return;
      }
      field.dataset.bound = '1';
      field.addEventListener('change', function () {
        var form = field.form;
        var preset = form.querySelector('select[name=preset]');
        if (preset) {
          // A preset replaces the dates: the fields are disabled, so it goes alone and the server
          // computes them (also when another choice changed, so "each KPI over its own period"
          // stays what it is). "Zelf kiezen" sends the dates shown, to start from.
          form.querySelectorAll('input[type=date]').forEach(function (d) { d.disabled = !!preset.value; });
        }
        if (form.requestSubmit) {
          form.requestSubmit();
        } else {
          form.submit();
        }
      });
    });
  }

  function enhance(root) {
    drawCharts(root);
    autosubmit(root);
  }

  document.addEventListener('submit', function (e) {
    var question = e.target.getAttribute && e.target.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      e.preventDefault();
    }
  });
  document.addEventListener('DOMContentLoaded', function () { enhance(document); });
  document.addEventListener('htmx:afterSettle', function (e) { enhance(e.target); });
})();
