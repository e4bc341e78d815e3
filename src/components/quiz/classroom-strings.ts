import { pluralTemplates, type Translate } from '../../i18n/index.ts';
import type { PresentStrings, ResultsStrings, SetupStrings } from '../../islands/classroom/strings.ts';

export function setupStrings(t: Translate, lang: string): SetupStrings {
  return {
    setupHeading: t('classroom.setupHeading'),
    quiz: t('classroom.quiz'),
    chooseQuiz: t('classroom.chooseQuiz'),
    questions: t('classroom.questions'),
    pickQuestions: t('classroom.pickQuestions'),
    pickQuiz: t('classroom.pickQuiz'),
    order: t('classroom.order'),
    orderQuiz: t('classroom.orderQuiz'),
    orderShuffled: t('classroom.orderShuffled'),
    label: t('classroom.label'),
    create: t('classroom.create'),
    linkHeading: t('classroom.linkHeading'),
    linkHelp: t('classroom.linkHelp'),
    linkQrLabel: t('classroom.linkQrLabel'),
    linkField: t('classroom.linkField'),
    copy: t('classroom.copy'),
    copied: t('classroom.copied'),
    present: t('classroom.present'),
    collect: t('classroom.collect'),
    classesHeading: t('classroom.classesHeading'),
    classCreated: t('classroom.classCreated'),
    results: pluralTemplates(lang, 'classroom.results'),
    delete: t('classroom.delete'),
    deleteClass: t('classroom.deleteClass'),
    deleted: t('classroom.deleted'),
    noClasses: t('classroom.noClasses'),
  };
}

function sessionStrings(t: Translate) {
  return { notFound: t('classroom.notFound'), loadFailed: t('classroom.loadFailed'), loading: t('classroom.loading') };
}

export function presentStrings(t: Translate): PresentStrings {
  return {
    ...sessionStrings(t),
    progress: t('quiz.progress'),
    previous: t('present.previous'),
    next: t('present.next'),
    reveal: t('present.reveal'),
    tally: t('present.tally'),
    hands: t('present.hands'),
    handsTotal: t('present.handsTotal'),
    true: t('quiz.true'),
    false: t('quiz.false'),
    orderHint: t('worksheet.ordering'),
    matchingHint: t('present.matchingHint'),
  };
}

export function resultsStrings(t: Translate, lang: string): ResultsStrings {
  return {
    ...sessionStrings(t),
    heading: t('results.heading'),
    chooseClass: t('results.chooseClass'),
    paste: t('results.paste'),
    add: t('results.add'),
    added: pluralTemplates(lang, 'results.added'),
    rejectedHeading: t('results.rejectedHeading'),
    reasons: {
      format: t('results.reason.format'),
      checksum: t('results.reason.checksum'),
      version: t('results.reason.version'),
      length: t('results.reason.length'),
      otherClass: t('results.reason.otherClass'),
      otherQuizLength: t('results.reason.otherQuizLength'),
      duplicate: t('results.reason.duplicate'),
    },
    students: t('results.students'),
    student: t('results.student'),
    score: t('results.score'),
    noNickname: t('results.noNickname'),
    questionsHeading: t('results.questionsHeading'),
    question: t('results.question'),
    rate: t('results.rate'),
    rateValue: t('results.rateValue'),
    average: t('results.average'),
    none: t('results.none'),
    export: t('results.export'),
    deleteResults: t('results.deleteResults'),
    resultsDeleted: t('results.resultsDeleted'),
    scan: t('results.scan'),
    scanStop: t('results.scanStop'),
    scanHelp: t('results.scanHelp'),
    scanned: t('results.scanned'),
    scanFailed: t('results.scanFailed'),
    privacy: t('results.privacy'),
  };
}
