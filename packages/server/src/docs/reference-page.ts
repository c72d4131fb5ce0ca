import { html, raw } from 'hono/html';
import type { buildOpenApi } from './openapi.ts';

type Document = ReturnType<typeof buildOpenApi>;
interface Operation {
  tags: string[];
  summary: string;
  description?: string;
  parameters?: { name: string; in: string }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
}

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A self-contained, readable rendering of the OpenAPI document (no CDN, works offline). */
export function renderReference(doc: Document) {
  const byTag = new Map<string, { method: string; path: string; op: Operation }[]>();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods as Record<string, Operation>)) {
      const tag = op.tags[0] ?? 'Other';
      if (!byTag.has(tag)) byTag.set(tag, []);
      byTag.get(tag)!.push({ method, path, op });
    }
  }
  const sections = [...byTag].map(
    ([tag, ops]) => html`<section aria-labelledby="tag-${tag}">
      <h2 id="tag-${tag}">${tag}</h2>
      ${ops.map(
        ({ method, path, op }) => html`<details>
          <summary><span class="method ${method}">${method.toUpperCase()}</span> <code>${path}</code> — ${op.summary}</summary>
          ${op.description ? html`<p>${op.description}</p>` : ''}
          ${op.parameters?.length ? html`<h4>Parameters</h4><ul>${op.parameters.map((p) => html`<li><code>${p.name}</code> (${p.in})</li>`)}</ul>` : ''}
          ${op.requestBody
            ? html`<h4>Request body</h4><pre>${json(op.requestBody.content['application/json']?.schema)}</pre>`
            : ''}
          <h4>Responses</h4>
          <dl>
            ${Object.entries(op.responses).map(
              ([status, r]) => html`<dt>${status}</dt><dd>${r.description}${
                r.content ? html`<pre>${json(Object.values(r.content)[0]?.schema)}</pre>` : ''
              }</dd>`,
            )}
          </dl>
        </details>`,
      )}
    </section>`,
  );
  // Shared schemas (User, Problem, …) that the operations above refer to with `$ref`.
  const schemas = Object.entries(doc.components.schemas);
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${doc.info.title} — API reference</title>
        <style>
          ${raw(`body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2433}
          details{border:1px solid #d5dae3;border-radius:6px;margin:.5rem 0;padding:.5rem .75rem}
          summary{cursor:pointer}pre{background:#f4f6f9;padding:.75rem;overflow:auto;font-size:13px}
          .method{display:inline-block;min-width:4.5em;font-weight:600}.get{color:#0b6b3a}.post{color:#1849a9}
          .put,.patch{color:#8a5a00}.delete{color:#b42318}dt{font-weight:600}`)}
        </style>
      </head>
      <body>
        <h1>${doc.info.title} <small>${doc.info.version}</small></h1>
        <p>Machine-readable: <a href="/openapi.json">/openapi.json</a>. Errors are RFC 9457 problem documents whose
          <code>errors</code> name each field and how to fix it.</p>
        ${sections}
        ${schemas.length
          ? html`<section aria-labelledby="schemas">
              <h2 id="schemas">Schemas</h2>
              ${schemas.map(
                ([name, schema]) => html`<details id="schema-${name}"><summary><code>${name}</code></summary><pre>${json(schema)}</pre></details>`,
              )}
            </section>`
          : ''}
      </body>
    </html>`;
}
