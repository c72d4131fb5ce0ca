/**
 * Request metrics in Prometheus' text format (version 0.0.4): a counter and a latency histogram per method, route
 * pattern and status, kept in this process. Gauges read at scrape time (the outbox's lag) are added by the caller.
 */

/** Upper bounds of the latency buckets, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

interface Series {
  labels: string;
  counts: number[];
  sum: number;
  total: number;
}

/** A gauge's samples, e.g. the outbox lag per topic: `{ labels: { topic: 'mail' }, value: 1.5 }`. */
export interface Gauge {
  name: string;
  help: string;
  samples: { labels?: Record<string, string>; value: number }[];
}

const escapeLabel = (value: string) => value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (labels: Record<string, string>) =>
  Object.entries(labels)
    .map(([name, value]) => `${name}="${escapeLabel(value)}"`)
    .join(',');

export function createRequestMetrics() {
  const series = new Map<string, Series>();
  let inFlight = 0;

  return {
    started() {
      inFlight++;
    },
    /** Records one answered request; `route` is the pattern (`/v1/products/:sku`), never the path itself. */
    finished(request: { method: string; route: string; status: number; seconds: number }) {
      inFlight--;
      const labels = labelText({ method: request.method, route: request.route, status: String(request.status) });
      let entry = series.get(labels);
      if (!entry) series.set(labels, (entry = { labels, counts: BUCKETS.map(() => 0), sum: 0, total: 0 }));
      BUCKETS.forEach((bound, index) => {
        if (request.seconds <= bound) entry.counts[index]!++;
      });
      entry.sum += request.seconds;
      entry.total++;
    },
    render(gauges: readonly Gauge[] = []): string {
      const lines = [
        '# HELP wharf_http_requests_total Requests answered, by method, route pattern and status.',
        '# TYPE wharf_http_requests_total counter',
        ...[...series.values()].map((entry) => `wharf_http_requests_total{${entry.labels}} ${entry.total}`),
        '# HELP wharf_http_request_duration_seconds Time from a request to its answer (the first byte of a stream).',
        '# TYPE wharf_http_request_duration_seconds histogram',
      ];
      for (const entry of series.values()) {
        BUCKETS.forEach((bound, index) => lines.push(`wharf_http_request_duration_seconds_bucket{${entry.labels},le="${bound}"} ${entry.counts[index]}`));
        lines.push(`wharf_http_request_duration_seconds_bucket{${entry.labels},le="+Inf"} ${entry.total}`);
        lines.push(`wharf_http_request_duration_seconds_sum{${entry.labels}} ${entry.sum}`);
        lines.push(`wharf_http_request_duration_seconds_count{${entry.labels}} ${entry.total}`);
      }
      lines.push('# HELP wharf_http_requests_in_flight Requests being handled now.', '# TYPE wharf_http_requests_in_flight gauge', `wharf_http_requests_in_flight ${inFlight}`);
      for (const gauge of gauges) {
        lines.push(`# HELP ${gauge.name} ${gauge.help}`, `# TYPE ${gauge.name} gauge`);
        for (const sample of gauge.samples) lines.push(`${gauge.name}${sample.labels ? `{${labelText(sample.labels)}}` : ''} ${sample.value}`);
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

export type RequestMetrics = ReturnType<typeof createRequestMetrics>;
