import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { textsWhere } from '../../content/text-fields.ts';
import {
  BIDI_IN_TEXT_MESSAGE,
  BIDI_OVERRIDE_MESSAGE,
  bidiControls,
  CONTROL_MESSAGE,
  controlCharacters,
  type CharacterFinding,
  hasBidiControl,
  hasControlCharacter,
  isOverride,
} from '../../../schemas/text-characters.ts';
import { parseYamlFile } from '../../content/yaml-file.ts';
import type { ContentIssue } from '../issue.ts';
import type { MdxDocument } from '../mdx-document.ts';
import { mdxKinds, type MdxEntry, type MdxKind, type SiteContent } from '../read-content.ts';
import { registerFileLines } from '../register-lines.ts';

type LineOf = (path: readonly (string | number)[]) => number | undefined;

/**
 * Direction overrides are errors everywhere; other direction controls outside names are warnings:
 * they reorder what readers see, but a text may have a reason for one. Control characters in the text of an MDX body are errors here (in YAML
 * they are errors when a file is read; direction controls in names and titles are errors of the
 * schemas, so valid data holds none there).
 */
export function checkTextCharacters(content: SiteContent): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const warnAbout = (data: unknown, file: string, lineOf: () => LineOf) => {
    for (const { path, value } of textsWhere(data, hasBidiControl)) {
      issues.push({ ...bidiIssue(value), file, line: lineOf()(path), field: path.join('.') });
    }
  };
  const withLines = (segments: string[]) => {
    let lines: LineOf | undefined;
    return () => {
      lines ??=
        parseYamlFile(readFileSync(join(content.source.contentDir, ...segments), 'utf8'), '').file?.lineOf ??
        (() => undefined);
      return lines;
    };
  };

  for (const kind of Object.keys(mdxKinds) as MdxKind[]) {
    const entries: readonly MdxEntry<unknown>[] = content[kind];
    for (const entry of entries) {
      if (entry.data) warnAbout(entry.yaml?.data, entry.file, () => (path) => entry.yaml?.lineOf(path));
      for (const text of entry.document?.texts ?? []) {
        for (const [line, findings] of controlCharactersByLine(text)) {
          issues.push({ severity: 'error', file: entry.file, line, field: '', message: CONTROL_MESSAGE(findings) });
        }
        if (hasBidiControl(text.value))
          issues.push({ ...bidiIssue(text.value), file: entry.file, line: text.line, field: '' });
      }
    }
  }
  for (const quiz of content.quizzes) {
    if (quiz.data) warnAbout(quiz.yaml?.data, quiz.file, () => (path) => quiz.yaml?.lineOf(path));
  }
  for (const [locale, terms] of Object.entries(content.glossaries)) {
    const segments = ['glossary', `${locale}.yaml`];
    warnAbout(terms, content.fileName(...segments), withLines(segments));
  }
  for (const [vocabulary, terms] of Object.entries(content.register.vocabularies)) {
    const segments = ['taxonomy', `${vocabulary}.yaml`];
    warnAbout(terms, content.fileName(...segments), withLines(segments));
  }
  const organisations = ['taxonomy', 'organisations.yaml'];
  warnAbout(content.register.organisations, content.fileName(...organisations), withLines(organisations));
  warnAbout(content.register.districts, content.fileName('districts.geojson'), () => () => undefined);
  for (const entry of content.register.entries) {
    if (textsWhere(entry, hasBidiControl).length === 0) continue;
    const { file, lineOf } = registerFileLines(content, entry.id);
    warnAbout(entry, file, () => lineOf);
  }
  return issues;
}

/**
 * An override (LRO, RLO) is an error: it shows letters backwards, which no text needs. Embeddings
 * and isolates are warnings: they reorder, but a text may have a reason for one.
 */
function bidiIssue(text: string): Pick<ContentIssue, 'severity' | 'message'> {
  const findings = bidiControls(text);
  const overrides = findings.filter(isOverride);
  return overrides.length > 0
    ? { severity: 'error', message: BIDI_OVERRIDE_MESSAGE(overrides) }
    : { severity: 'warning', message: BIDI_IN_TEXT_MESSAGE(findings) };
}

/**
 * The control characters of a text of an MDX body by the file line they are on, each counted
 * from the start of its line (a text can start mid-line, after a link, and run over lines).
 */
function controlCharactersByLine(text: MdxDocument['texts'][number]): Map<number | undefined, CharacterFinding[]> {
  const byLine = new Map<number | undefined, CharacterFinding[]>();
  if (!hasControlCharacter(text.value)) return byLine;
  const lines = text.value.split('\n');
  lines.forEach((content, index) => {
    const offset = index === 0 ? (text.column ?? 1) - 1 : 0;
    for (const finding of controlCharacters(content)) {
      const line = text.line === undefined ? undefined : text.line + index;
      const found = byLine.get(line) ?? [];
      found.push({ ...finding, position: finding.position + offset });
      byLine.set(line, found);
    }
  });
  return byLine;
}
