/**
 * Asks the YAML language server that editors run (yaml-language-server, which VS Code's YAML
 * extension and others embed; installed here with @astrojs/check) for its diagnostics on one YAML
 * file, over the Language Server Protocol on stdio, offline (no schema store). Used by the content
 * tests to show that the `# yaml-language-server: $schema=…` first line of our entries works in an editor.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const YAML_LANGUAGE_SERVER = join(process.cwd(), 'node_modules/yaml-language-server/bin/yaml-language-server');

export const hasYamlLanguageServer = () => existsSync(YAML_LANGUAGE_SERVER);

/** The server's diagnostics for `text` opened as the file `path` (absolute), as "line: message". */
export function yamlDiagnostics(path: string, text: string, timeoutMs = 20_000): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const server = spawn(process.execPath, [YAML_LANGUAGE_SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    const uri = pathToFileURL(path).href;
    const send = (message: object) => {
      const body = JSON.stringify({ jsonrpc: '2.0', ...message });
      server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    };
    const done = (error: Error | undefined, result?: string[]) => {
      clearTimeout(timer);
      server.kill();
      if (error) reject(error);
      else resolve(result ?? []);
    };
    const timer = setTimeout(() => done(new Error('yaml-language-server did not answer')), timeoutMs);
    let buffer = Buffer.alloc(0);
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
        if (buffer.length < head + 4 + length) return;
        const message = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString()) as {
          id?: number;
          method?: string;
          params?: {
            uri?: string;
            items?: unknown[];
            diagnostics?: { range: { start: { line: number } }; message: string }[];
          };
        };
        buffer = buffer.subarray(head + 4 + length);
        if (message.method === 'workspace/configuration')
          send({
            id: message.id,
            result: (message.params?.items ?? []).map(() => ({ validate: true, schemaStore: { enable: false } })),
          });
        else if (message.method && message.id !== undefined) send({ id: message.id, result: null });
        else if (message.id === 1) {
          send({ method: 'initialized', params: {} });
          send({
            method: 'workspace/didChangeConfiguration',
            params: { settings: { yaml: { validate: true, schemaStore: { enable: false } } } },
          });
          send({
            method: 'textDocument/didOpen',
            params: { textDocument: { uri, languageId: 'yaml', version: 1, text } },
          });
        }
        if (message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri)
          done(
            undefined,
            (message.params.diagnostics ?? []).map((d) => `${d.range.start.line + 1}: ${d.message}`),
          );
      }
    });
    server.on('error', (error) => done(error));
    send({
      id: 1,
      method: 'initialize',
      params: {
        processId: process.pid,
        rootUri: pathToFileURL(process.cwd()).href,
        capabilities: { workspace: { configuration: true } },
      },
    });
  });
}
