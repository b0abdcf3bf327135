import { z } from 'zod';

type Param = { name: string; in: 'query'; required: boolean; description: string; schema: Record<string, unknown>; example?: string };

/**
 * OpenAPI query parameters derived from a zod object schema (the one the route validates with), so
 * a parameter cannot be documented one way and validated another. `docs` gives each field its
 * description and, optionally, an example; a field without one is a mistake the type check catches.
 */
export function zodQueryParams<S extends z.ZodObject>(schema: S, docs: { [K in keyof S['shape']]: [description: string, example?: string] }): Param[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    delete json.$schema;
    const [description, example] = docs[name as keyof S['shape']];
    return { name, in: 'query', required: !(field as z.ZodType).safeParse(undefined).success, description, schema: json, ...(example ? { example } : {}) };
  });
}
