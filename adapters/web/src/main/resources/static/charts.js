// The status page's 24-hour charts, drawn with Chart.js from /status/metrics.json.
// Loaded as a file, never inline, so the page's Content-Security-Policy can say script-src 'self'.
// When every chart is drawn, <body data-charts-ready="true"> tells browser tests (and people) so;
// when the data cannot be read, data-charts-error says why.
(function () {
  "use strict";

  var COLORS = ["#2563eb", "#dc2626", "#16a34a", "#d97706", "#7c3aed", "#0891b2", "#6b7280"];
  // Outcomes keep their colour whichever others happen to be present; unknown ones take the rest.
  var OUTCOME_COLORS = {
    sent: 2, failed: 1, nothing_new: 6, skipped_late: 3, cancelled: 4, duplicate: 5, handed_back: 0
  };

  // Jackson writes an Instant as an ISO string, or as epoch seconds when timestamps are numeric.
  function toDate(at) {
    return typeof at === "number" ? new Date(at * 1000) : new Date(at);
  }

  function minuteLabel(date) {
    return date.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function dataset(label, data, index) {
    return {
      label: label,
      data: data,
      borderColor: COLORS[index % COLORS.length],
      backgroundColor: COLORS[index % COLORS.length],
      borderWidth: 1.5,
      pointRadius: 0,
      tension: 0.2
    };
  }

  function options(yTitle, stacked) {
    return {
      animation: false,
      responsive: true,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { stacked: stacked, ticks: { maxTicksLimit: 12, autoSkip: true } },
        y: { stacked: stacked, beginAtZero: true, title: { display: true, text: yTitle } }
      },
      plugins: { legend: { position: "bottom" } }
    };
  }

  function draw(id, config) {
    var canvas = document.getElementById(id);
    if (!canvas) {
      return;
    }
    var existing = Chart.getChart(canvas);
    if (existing) {
      existing.destroy();
    }
    new Chart(canvas, config);
  }

  function drawMessages(samples) {
    draw("chart-messages", {
      type: "line",
      data: {
        labels: samples.map(function (s) { return minuteLabel(toDate(s.at)); }),
        datasets: [
          dataset("in", samples.map(function (s) { return s.messagesIn; }), 0),
          dataset("out", samples.map(function (s) { return s.messagesOut; }), 1)
        ]
      },
      options: options("messages per minute", false)
    });
  }

  function drawLatency(samples) {
    draw("chart-latency", {
      type: "line",
      data: {
        labels: samples.map(function (s) { return minuteLabel(toDate(s.at)); }),
        datasets: [
          dataset("p50", samples.map(function (s) { return s.answerP50Millis; }), 2),
          dataset("p99", samples.map(function (s) { return s.answerP99Millis; }), 3)
        ]
      },
      options: options("answer latency (ms)", false)
    });
  }

  // Digests are rare, so a stacked bar per hour reads better than 1,440 mostly empty minutes.
  // A sample stamped 13:00 covers 12:59 to 13:00, so it counts for the hour starting 12:00.
  function digestsByHour(samples) {
    var hours = [];
    var byHour = {};
    var outcomes = [];
    samples.forEach(function (s) {
      var hour = new Date(toDate(s.at).getTime() - 1);
      hour.setMinutes(0, 0, 0);
      var key = hour.getTime();
      if (!(key in byHour)) {
        byHour[key] = {};
        hours.push(key);
      }
      Object.keys(s.digestsByOutcome || {}).forEach(function (outcome) {
        if (outcomes.indexOf(outcome) < 0) {
          outcomes.push(outcome);
        }
        byHour[key][outcome] = (byHour[key][outcome] || 0) + s.digestsByOutcome[outcome];
      });
    });
    outcomes.sort();
    return { hours: hours, byHour: byHour, outcomes: outcomes };
  }

  function drawDigests(samples) {
    var digests = digestsByHour(samples);
    draw("chart-digests", {
      type: "bar",
      data: {
        labels: digests.hours.map(function (h) { return minuteLabel(new Date(h)); }),
        datasets: digests.outcomes.map(function (outcome, i) {
          var color = outcome in OUTCOME_COLORS ? OUTCOME_COLORS[outcome] : i;
          return dataset(outcome.replace(/_/g, " "), digests.hours.map(function (h) {
            return digests.byHour[h][outcome] || 0;
          }), color);
        })
      },
      options: options("digests per hour", true)
    });
  }

  function samplesOf(body) {
    return Array.isArray(body) ? body : (body && body.samples) || [];
  }

  function load() {
    fetch("/status/metrics.json", {
      credentials: "same-origin",
      headers: { Accept: "application/json" }
    })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("metrics answered " + response.status);
        }
        return response.json();
      })
      .then(function (body) {
        var samples = samplesOf(body);
        drawMessages(samples);
        drawLatency(samples);
        drawDigests(samples);
        document.body.dataset.chartsReady = "true";
      })
      .catch(function (error) {
        document.body.dataset.chartsError = String(error && error.message ? error.message : error);
      });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", load);
  } else {
    load();
  }
})();
