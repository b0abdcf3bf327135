import { NextResponse } from 'next/server';
import { AppError, toErrorBody } from '@/lib/errors';
import { requireActor } from '@/lib/auth/session';
import type { Actor } from '@/lib/auth/permissions';

/** Wraps a route handler: requires a session and turns errors into the one error shape. */
export function withActor<C>(handler: (actor: Actor, request: Request, context: C) => Promise<Response>) {
  return async (request: Request, context: C): Promise<Response> => {
    try {
      const actor = await requireActor();
      return await handler(actor, request, context);
    } catch (error) {
      const { status, body } = toErrorBody(error);
      return NextResponse.json(body, { status });
    }
  };
}

/** Reads a JSON body with a size limit, as an INVALID/TOO_LARGE error when it is not. */
export async function readJson(request: Request, maxBytes = 1_200_000): Promise<unknown> {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > maxBytes) throw new AppError('TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) throw new AppError('TOO_LARGE', `The request body is larger than ${maxBytes} bytes.`);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('BAD_REQUEST', 'The request body is not valid JSON.');
  }
}
