/**
 * The import rules of docs/architecture.md ("Imports flow one way"), checked by `npm run lint`.
 * Each rule's comment is the reason its message gives; any violation fails the lint. Type-only
 * imports count here: a cycle through types still ties two modules together. What islands may
 * reach is checked apart, over the imports that remain at run time
 * (.dependency-cruiser-browser.cjs).
 */

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'lib-imports-no-ui',
      severity: 'error',
      comment:
        'src/lib is domain logic that pages, layouts, components and islands use: it imports none of them (move what both need into src/lib).',
      from: { path: '^src/lib/' },
      to: { path: '^src/(components|islands|pages|layouts)/' },
    },
    {
      name: 'lib-imports-no-site-or-tooling',
      severity: 'error',
      comment:
        'src/lib is pure domain logic: it takes the city, the content folder and the environment as parameters from src/site (or scripts) and imports neither src/site nor src/tooling.',
      from: { path: '^src/lib/' },
      to: { path: '^src/(site|tooling)/' },
    },
    {
      name: 'only-site-reads-city-and-content',
      severity: 'error',
      comment:
        'src/site is the one layer that reads city.config.ts and astro:content: import the city from src/site/city.ts and collections from src/site/collections.ts.',
      from: { pathNot: '^(src/site/|src/content\\.config\\.ts$)' },
      to: { path: '^(city\\.config\\.ts|astro:content)$' },
    },
    {
      name: 'only-tooling-imports-tooling',
      severity: 'error',
      comment:
        'src/tooling is run by scripts/ and never ships or runs in the build: nothing else under src imports it (move what the site needs into src/lib).',
      from: { path: '^src/', pathNot: '^src/tooling/' },
      to: { path: '^src/tooling/' },
    },
    {
      name: 'islands-import-no-site',
      severity: 'error',
      comment:
        'Islands run in the browser and get what they show as props; src/site reads files and the build environment.',
      from: { path: '^src/islands/' },
      to: { path: '^src/site/' },
    },
    {
      name: 'schemas-import-no-lib',
      severity: 'error',
      comment: 'src/schemas describe content and src/lib builds on them, never the other way round.',
      from: { path: '^src/schemas/' },
      to: { path: '^src/lib/' },
    },
    {
      name: 'content-kinds-stay-plain',
      severity: 'error',
      comment:
        'src/content-kinds is read by the build, Node scripts and tests alike: it imports no Astro module and no UI (declare data and pure functions; src/content.config.ts turns kinds into collections).',
      from: { path: '^src/content-kinds/' },
      to: { path: '^(astro($|/|:)|src/(components|islands|pages|layouts|integrations)/)' },
    },
    {
      name: 'scripts-import-no-tests',
      severity: 'error',
      comment: 'Scripts are tools the project runs; test code is no part of them (move what both need into src/).',
      from: { path: '^scripts/' },
      to: { path: '^test/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'This import names a file or package that does not exist, so no other rule can see where it leads.',
      // A test city's profile is written for the project root, where npm run city:build puts it.
      from: { pathNot: '^test/cities/[^/]+/city\\.config\\.ts$' },
      // astro:* modules exist only inside Astro's build.
      to: { couldNotResolve: true, pathNot: '^astro:' },
    },
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
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
