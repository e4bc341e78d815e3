import lunr from 'lunr';

/** What a language contributes to search: its stop words and its stemmer (lunr-languages). */
export interface WordRules {
  /** True for words too common to search by ("the", "de", "في"). */
  isStopWord(word: string): boolean;
  /** The word's stem, the form stored in the index: "cameras" -> "camera". */
  stem(word: string): string;
}

type Plugin = (instance: typeof lunr) => void;
type PluginModule = { default: Plugin };

/**
 * lunr-languages plugins by language code. Each is its own file in the browser bundle and is
 * only downloaded for its language. English is built into lunr. A language not listed here is
 * searched without stemming (exact words, prefixes and typos still work).
 */
const plugins: Record<string, () => Promise<PluginModule>> = {
  ar: () => import('lunr-languages/lunr.ar.js') as Promise<PluginModule>,
  da: () => import('lunr-languages/lunr.da.js') as Promise<PluginModule>,
  de: () => import('lunr-languages/lunr.de.js') as Promise<PluginModule>,
  es: () => import('lunr-languages/lunr.es.js') as Promise<PluginModule>,
  fi: () => import('lunr-languages/lunr.fi.js') as Promise<PluginModule>,
  fr: () => import('lunr-languages/lunr.fr.js') as Promise<PluginModule>,
  it: () => import('lunr-languages/lunr.it.js') as Promise<PluginModule>,
  nl: () => import('lunr-languages/lunr.nl.js') as Promise<PluginModule>,
  no: () => import('lunr-languages/lunr.no.js') as Promise<PluginModule>,
  pt: () => import('lunr-languages/lunr.pt.js') as Promise<PluginModule>,
  ro: () => import('lunr-languages/lunr.ro.js') as Promise<PluginModule>,
  ru: () => import('lunr-languages/lunr.ru.js') as Promise<PluginModule>,
  sv: () => import('lunr-languages/lunr.sv.js') as Promise<PluginModule>,
  tr: () => import('lunr-languages/lunr.tr.js') as Promise<PluginModule>,
};

type PipelineFunction = (token: lunr.Token) => lunr.Token | undefined;
type LanguageFunctions = { stopWordFilter: PipelineFunction; stemmer: PipelineFunction };

let supportLoaded: Promise<void> | undefined;
const loaded = new Map<string, Promise<WordRules>>();

/** True when lunr-languages has a stemmer for the language (or it is English). */
export function hasStemmer(locale: string): boolean {
  return locale === 'en' || locale in plugins;
}

async function languageFunctions(locale: string): Promise<LanguageFunctions | undefined> {
  if (locale === 'en') return { stopWordFilter: lunr.stopWordFilter, stemmer: lunr.stemmer };
  const plugin = plugins[locale];
  if (!plugin) return undefined;
  const registry = lunr as unknown as Record<string, LanguageFunctions | undefined>;
  supportLoaded ??= import('lunr-languages/lunr.stemmer.support.js').then((module) =>
    (module as PluginModule).default(lunr),
  );
  await supportLoaded;
  // A plugin registers its pipeline functions globally; applying it twice would warn.
  if (!registry[locale]) (await plugin()).default(lunr);
  return registry[locale];
}

/** The word rules of a language, loaded once. */
export function wordRules(locale: string): Promise<WordRules> {
  let rules = loaded.get(locale);
  if (!rules) {
    rules = languageFunctions(locale).then((functions): WordRules => {
      if (!functions) return { isStopWord: () => false, stem: (word) => word };
      const { stopWordFilter, stemmer } = functions;
      const stems = new Map<string, string>();
      return {
        isStopWord: (word) => stopWordFilter(new lunr.Token(word, {})) === undefined,
        stem: (word) => {
          let stem = stems.get(word);
          if (stem === undefined) {
            stem = stemmer(new lunr.Token(word, {}))?.toString() ?? word;
            stems.set(word, stem);
          }
          return stem;
        },
      };
    });
    loaded.set(locale, rules);
  }
  return rules;
}
