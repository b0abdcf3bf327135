'use client';
import { useCallback, useRef, useState } from 'react';
import { createClaimCounter } from '@/lib/export/progress';

export type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; bytes: number; claims: number; total: number | null }
  | { phase: 'done'; bytes: number; claims: number; filename: string; omitted: number }
  | { phase: 'cancelled' }
  | { phase: 'failed'; message: string; fields?: Record<string, string[]> };

function filenameOf(response: Response, fallback: string): string {
  const match = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '');
  return match?.[1] ?? fallback;
}

/**
 * Downloads an export with fetch and a ReadableStream reader, counting bytes and claims as they
 * arrive (the total comes from X-Claim-Count), cancellable at any point; the file is then saved.
 */
export function useStreamDownload() {
  const [state, setState] = useState<DownloadState>({ phase: 'idle' });
  const controller = useRef<AbortController | null>(null);

  const start = useCallback(async (url: string, format: string) => {
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    setState({ phase: 'running', bytes: 0, claims: 0, total: null });
    try {
      const response = await fetch(url, { signal: abort.signal, headers: { Accept: '*/*' } });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null;
        setState({ phase: 'failed', message: body?.error?.message ?? `The export failed (HTTP ${response.status}).`, fields: body?.error?.fields });
        return;
      }
      const totalHeader = response.headers.get('X-Claim-Count');
      const total = totalHeader === null ? null : Number(totalHeader);
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      const counter = createClaimCounter(format);
      const parts: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let claims = 0;
      let lastPaint = 0;
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.byteLength;
        claims = counter.push(decoder.decode(value, { stream: true }));
        const now = performance.now();
        // Repaint a few times a second, not per chunk.
        if (now - lastPaint > 100) {
          lastPaint = now;
          setState({ phase: 'running', bytes, claims, total });
        }
      }
      const filename = filenameOf(response, `claimdesk-export.${format}`);
      const blob = new Blob(parts, { type: response.headers.get('Content-Type') ?? 'application/octet-stream' });
      const href = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = href;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 10_000);
      setState({ phase: 'done', bytes, claims: total ?? claims, filename, omitted: Number(response.headers.get('X-Omitted-Count') ?? 0) || 0 });
    } catch (error) {
      if (abort.signal.aborted) setState({ phase: 'cancelled' });
      else setState({ phase: 'failed', message: error instanceof Error ? error.message : 'The download failed.' });
    } finally {
      if (controller.current === abort) controller.current = null;
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, start, cancel };
}
