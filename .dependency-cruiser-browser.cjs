/**
 * What code that runs in the browser may reach, checked by `npm run lint` over the imports that
 * remain at run time (type-only imports are erased, so they do not count here; the layer and
 * cycle rules in .dependency-cruiser.cjs see them).
 */

/** Node's built-in modules, with or without the `node:` prefix. */
const nodeBuiltins = `^(node:.*|${require('node:module').builtinModules.join('|')})$`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'islands-reach-no-node',
      severity: 'error',
      comment:
        'Islands run in the browser: nothing they import, directly or through other modules, may import a Node built-in.',
      from: { path: '^src/islands/' },
      to: { path: nodeBuiltins, reachable: true },
    },
    {
      name: 'islands-reach-no-astro',
      severity: 'error',
      comment:
        'Islands run in the browser and receive the city and its texts as props: nothing they import, directly or through other modules, may import astro, astro:* modules or city.config.ts.',
      from: { path: '^src/islands/' },
      to: { path: ['^astro($|:|/)', '^node_modules/astro/', '^city\\.config\\.ts$'], reachable: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: false,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages through their "exports" as Node and Vite do.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    exclude: { path: '^(dist|dist\\.partial|\\.astro)/' },
  },
};
