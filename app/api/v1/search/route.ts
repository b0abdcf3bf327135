import { NextResponse } from 'next/server';
import { checkedQuery, withActor } from '@/lib/http/handler';
import { search } from '@/lib/services/search';
import { searchQuerySchema } from '@/lib/validation/search-query';

/** GET ?q=&kind=&verdict=&status=&from=&to=&speaker=&outlet=&reviewer=&limit=&cursor= → { data, nextCursor }. */
export const GET = withActor(async (actor, request) => NextResponse.json(await search(actor, checkedQuery(searchQuerySchema, request)), { headers: { 'Cache-Control': 'no-store' } }));
