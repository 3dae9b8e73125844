/**
 * botframework-directlinejs does its HTTP through RxJS's ajax, which needs
 * XMLHttpRequest, absent in Node. The client accepts its `ajax` service as a
 * constructor option (that is how its own tests mock it), so we give it one
 * built on Node's fetch with the same response and error shape.
 */
import { Observable } from 'rxjs/Observable';

interface AjaxRequest {
  url?: string;
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

function ajaxError(status: number, response: unknown, headers: Headers) {
  return Object.assign(new Error(`ajax error ${status}`), {
    status,
    response,
    xhr: { getResponseHeader: (name: string) => headers.get(name) },
  });
}

export function fetchAjax(request: AjaxRequest | string): Observable<unknown> {
  const req: AjaxRequest = typeof request === 'string' ? { url: request } : request;
  return new Observable<unknown>((subscriber) => {
    const controller = new AbortController();
    const timer = req.timeout ? setTimeout(() => controller.abort(), req.timeout) : undefined;
    const body =
      req.body === undefined || typeof req.body === 'string' ? req.body : JSON.stringify(req.body);
    fetch(req.url ?? '', {
      method: req.method ?? 'GET',
      headers: req.headers,
      body,
      signal: controller.signal,
    })
      .then(async (res) => {
        const text = await res.text();
        const response = text ? JSON.parse(text) : null;
        if (res.status >= 200 && res.status < 300) {
          subscriber.next({ status: res.status, response });
          subscriber.complete();
        } else {
          subscriber.error(ajaxError(res.status, response, res.headers));
        }
      })
      .catch((err: Error) => subscriber.error(Object.assign(err, { status: 0 })))
      .finally(() => clearTimeout(timer));
    return () => controller.abort();
  });
}
