import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { ContentErrors, type ContentError } from '../content/content-error.ts';
import { displayPath } from '../content/display-path.ts';
import { NESTING_MESSAGE, tooDeeplyNested } from '../content/nesting.ts';
import { parseYamlFile, type YamlFile } from '../content/yaml-file.ts';
import { textsWhere } from '../content/text-fields.ts';
import { localToday } from '../content/today.ts';
import { checkFields, fieldErrors } from '../content/zod-issues.ts';
import { districtsSchema, type DistrictFeature } from '../../schemas/district.ts';
import { CONTROL_MESSAGE, controlCharacters, hasControlCharacter } from '../../schemas/text-characters.ts';
import { organisationsSchema, type Organisation } from '../../schemas/organisation.ts';
import { legalBasesSchema, vocabularySchema, type Term } from '../../schemas/taxonomy.ts';
import { vocabularies, type VocabularyName } from './vocabularies.ts';
import { checkEntry, unknownTerm, type RegisterEntry } from './check-entry.ts';
import { stageDir } from './import/write-entries.ts';
import { reservedIdProblem, SENSOR_ID } from './sensor-id.ts';

// An entry is what checkEntry makes of a file; the register's readers get its type from here.
export type { RegisterEntry };

/** A legal basis term carries its GDPR article. */
export type LegalBasisTerm = Term & { article: string };

/** Everything the register pages, exports and signs are built from. */
export interface Register {
  entries: RegisterEntry[];
  vocabularies: Record<VocabularyName, Term[]>;
  legalBases: LegalBasisTerm[];
  organisations: Organisation[];
  districts: DistrictFeature[];
}

/**
 * Reads and checks the whole register under a content directory; returns every error found.
 * `today` (YYYY-MM-DD) is the latest date a change can have happened.
 */
export function readRegister(
  contentDir: string,
  root = process.cwd(),
  today = localToday(),
): { register: Register; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const name = (path: string) => displayPath(root, resolve(path));

  function readYaml<T>(path: string, schema: z.ZodType<T>): { value?: T | undefined; yaml?: YamlFile } {
    if (!existsSync(path)) {
      errors.push({ file: name(path), field: '', message: 'This file is missing.' });
      return {};
    }
    const { file: yaml, errors: syntax } = parseYamlFile(readFileSync(path, 'utf8'), name(path));
    errors.push(...syntax);
    if (!yaml) return {};
    const checked = checkFields(schema, yaml.data);
    errors.push(...fieldErrors(name(path), checked.issues, yaml));
    return { value: checked.data, yaml };
  }

  const taxonomyDir = join(contentDir, 'taxonomy');
  const vocabs = Object.fromEntries(
    (Object.keys(vocabularies) as VocabularyName[]).map((vocabulary) => [
      vocabulary,
      vocabulary === 'legal-bases'
        ? []
        : (readYaml(join(taxonomyDir, `${vocabulary}.yaml`), vocabularySchema).value ?? []),
    ]),
  ) as Record<VocabularyName, Term[]>;
  const legalBases = readYaml(join(taxonomyDir, 'legal-bases.yaml'), legalBasesSchema).value ?? [];
  vocabs['legal-bases'] = legalBases;
  const organisations = readYaml(join(taxonomyDir, 'organisations.yaml'), organisationsSchema).value ?? [];
  const errorsBefore = errors.length;
  const districts = readDistricts(join(contentDir, 'districts.geojson'), name, errors);
  const districtsBroken = errors.length > errorsBefore;

  const ids = (vocabulary: VocabularyName) => new Set(vocabs[vocabulary].map((term) => term.id));
  const organisationTypes = ids('organisation-types');
  organisations.forEach((organisation, index) => {
    if (!organisationTypes.has(organisation.type)) {
      errors.push({
        file: name(join(taxonomyDir, 'organisations.yaml')),
        field: `${index}.type`,
        message: unknownTerm(organisation.type, 'organisation-types'),
      });
    }
  });

  const registerDir = join(contentDir, 'register');
  if (existsSync(stageDir(contentDir))) {
    errors.push({
      file: name(stageDir(contentDir)),
      field: '',
      message:
        'An import of the register was interrupted: run "npm run register:import -- --recover" to finish or undo it before anything else.',
    });
  }
  const listed = existsSync(registerDir) ? readdirSync(registerDir).sort() : [];
  for (const hidden of listed.filter(isHiddenEntry)) {
    errors.push({
      file: name(join(registerDir, hidden)),
      field: '',
      message: `This entry is not published: file names may not start with a dot. Rename it to ${hidden.replace(/^\.+/, '')} (or delete it).`,
    });
  }
  // Other hidden files (.DS_Store, .gitkeep) are not entries, and left alone.
  const files = listed.filter((f) => !f.startsWith('.'));
  const entries: RegisterEntry[] = [];
  for (const fileName of files) {
    const path = join(registerDir, fileName);
    const id = fileName.replace(/\.ya?ml$/, '');
    if (id === fileName) {
      errors.push({
        file: name(path),
        field: '',
        message: 'Register entries are .yaml files; rename or move this file.',
      });
      continue;
    }
    if (!SENSOR_ID.test(id)) {
      errors.push({
        file: name(path),
        field: '',
        message:
          'The file name is the sensor id: use lowercase letters, digits and hyphens, e.g. air-quality-centrum-01.yaml.',
      });
      continue;
    }
    const reserved = reservedIdProblem(id);
    if (reserved) {
      errors.push({ file: name(path), field: '', message: `${reserved} Rename the file before it is published.` });
      continue;
    }
    if (!existsSync(path)) continue;
    const { file: yaml, errors: syntax } = parseYamlFile(readFileSync(path, 'utf8'), name(path));
    errors.push(...syntax);
    if (!yaml) continue;
    const checked = checkEntry(yaml.data, id, {
      vocabularies: vocabs,
      organisations,
      districts,
      districtsBroken,
      today,
    });
    errors.push(
      ...checked.issues.map((issue) => ({
        file: name(path),
        line: yaml.lineOf(issue.path),
        field: issue.path.join('.'),
        message: issue.message,
      })),
    );
    if (checked.entry) entries.push(checked.entry);
  }
  return { register: { entries, vocabularies: vocabs, legalBases, organisations, districts }, errors };
}

/** A file in content/register/ that looks like an entry but is hidden, so the site would skip it. */
const isHiddenEntry = (fileName: string) => fileName.startsWith('.') && /\.ya?ml$/.test(fileName);

/** Like readRegister, but throws one error listing every problem (for the build). */
export function loadRegister(contentDir: string): Register {
  const { register, errors } = readRegister(contentDir);
  if (errors.length > 0) throw new ContentErrors(errors);
  return register;
}

function readDistricts(path: string, name: (p: string) => string, errors: ContentError[]): DistrictFeature[] {
  if (!existsSync(path)) {
    errors.push({
      file: name(path),
      field: '',
      message: 'This file is missing: the register needs the city districts.',
    });
    return [];
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    errors.push({ file: name(path), field: '', message: `Not valid JSON: ${(error as Error).message}.` });
    return [];
  }
  const deep = tooDeeplyNested(json);
  if (deep) {
    errors.push({ file: name(path), field: deep.join('.'), message: NESTING_MESSAGE });
    return [];
  }
  for (const { path: field, value } of textsWhere(json, hasControlCharacter)) {
    errors.push({ file: name(path), field: field.join('.'), message: CONTROL_MESSAGE(controlCharacters(value)) });
  }
  const checked = checkFields(districtsSchema, json);
  errors.push(...fieldErrors(name(path), checked.issues));
  return checked.data?.features ?? [];
}
