import { NextResponse } from 'next/server';
import { withActor } from '@/lib/http/handler';
import { openApiDocument } from '@/lib/api/openapi';

/** The API's own description; like every route but health, for signed-in users and tokens. */
export const GET = withActor(async (_actor, request) => NextResponse.json(openApiDocument(new URL(request.url).origin)));
