import type { z } from 'zod';

/**
 * Turns a zod error into lines a non-developer can act on:
 * `city.config.ts: contacts.cert.email: Use a full e-mail address ...`.
 */
export function formatSchemaError(file: string, error: z.ZodError): string {
  const lines = error.issues.map((issue) => {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(whole file)';
    return `  ${file}: ${field}: ${issue.message}`;
  });
  return `Content error${lines.length > 1 ? 's' : ''}:\n${lines.join('\n')}`;
}

/**
 * Stops the command (npm run check, build, city:build) with the message alone. A thrown error
 * would print a Node stack trace around it, which hides what to fix from the person who edited
 * city.config.ts.
 */
export function stopWithContentError(message: string): never {
  console.error(message);
  process.exit(1);
}
