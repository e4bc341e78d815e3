import type { z } from 'zod';

/** Checks a content component's props, failing the build with a message an editor can act on. */
export function validateProps<T>(component: string, schema: z.ZodType<T>, props: unknown): T {
  const parsed = schema.safeParse(props);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues
    .map((issue) => `${issue.path.join('.') || '(props)'}: ${issue.message}`)
    .join('; ');
  throw new Error(`<${component}> in a lesson is not used correctly: ${problems}. See docs/lesson-components.md.`);
}
