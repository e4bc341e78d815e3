/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config lets unit tests render .astro components with the container API.
export default getViteConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    // Some tests run the CLI scripts or a whole build in a child process; a busy 2-core CI machine needs time.
    testTimeout: 30_000,
  },
});
