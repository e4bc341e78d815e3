import { pluralTemplates, type Translate } from '../../i18n/index.ts';
import type { PresentStrings, ResultsStrings, SetupStrings } from '../../islands/classroom/strings.ts';
import type { JoinClassStrings } from '../../islands/classroom/JoinClass.tsx';

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
    confirmDelete: t('classroom.confirmDelete'),
    keep: t('classroom.keep'),
    deleted: t('classroom.deleted'),
    noClasses: t('classroom.noClasses'),
    openFile: t('classroom.openFile'),
    fileOpened: t('classroom.fileOpened'),
    fileErrors: {
      notJson: t('classroom.fileError.notJson'),
      notClassFile: t('classroom.fileError.notClassFile'),
      newerVersion: t('classroom.fileError.newerVersion'),
      unknownQuiz: t('classroom.fileError.unknownQuiz'),
      damaged: t('classroom.fileError.damaged'),
    },
    loading: t('classroom.loading'),
    loadFailed: t('classroom.loadFailed'),
    ...joinPanelStrings(t),
  };
}

/** The join page's texts (`/<lang>/classroom/join/`). */
export function joinStrings(t: Translate, lang: string): JoinClassStrings {
  return {
    label: t('join.label'),
    join: t('join.submit'),
    found: t('join.found'),
    questions: pluralTemplates(lang, 'join.questions'),
    start: t('join.start'),
    teacher: t('join.teacher'),
    present: t('classroom.present'),
    collect: t('classroom.collect'),
    errors: {
      format: t('join.error.format'),
      check: t('join.error.check'),
      'unknown-quiz': t('join.error.unknownQuiz'),
      questions: t('join.error.questions'),
    },
  };
}

function joinPanelStrings(t: Translate) {
  return {
    joinCode: t('classroom.joinCode'),
    joinAt: t('classroom.joinAt'),
    joinQrLabel: t('classroom.joinQrLabel'),
    linkQrLabel: t('classroom.linkQrLabel'),
    noJoinCode: t('classroom.noJoinCode'),
  };
}

function sessionStrings(t: Translate) {
  return { notFound: t('classroom.notFound'), loadFailed: t('classroom.loadFailed'), loading: t('classroom.loading') };
}

export function presentStrings(t: Translate): PresentStrings {
  return {
    ...sessionStrings(t),
    ...joinPanelStrings(t),
    joinHeading: t('present.joinHeading'),
    start: t('present.start'),
    keys: t('present.keys'),
    fullScreen: t('present.fullScreen'),
    leaveFullScreen: t('present.leaveFullScreen'),
    backToJoin: t('present.backToJoin'),
    classroom: t('classroom.title'),
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
      oldVersion: t('results.reason.oldVersion'),
    },
    students: t('results.students'),
    student: t('results.student'),
    score: t('results.score'),
    questionCount: t('results.questionCount'),
    noNickname: t('results.noNickname'),
    questionsHeading: t('results.questionsHeading'),
    question: t('results.question'),
    rate: t('results.rate'),
    rateValue: t('results.rateValue'),
    average: t('results.average'),
    none: t('results.none'),
    export: t('results.export'),
    deleteResults: t('results.deleteResults'),
    confirmDeleteResults: t('results.confirmDeleteResults'),
    resultCount: pluralTemplates(lang, 'classroom.results'),
    delete: t('classroom.delete'),
    keep: t('classroom.keep'),
    resultsDeleted: t('results.resultsDeleted'),
    remove: t('results.remove'),
    removeResult: t('results.removeResult'),
    confirmRemove: t('results.confirmRemove'),
    removed: t('results.removed'),
    pupilNumber: t('results.pupilNumber'),
    scan: t('results.scan'),
    scanStop: t('results.scanStop'),
    scanHelp: t('results.scanHelp'),
    scanned: t('results.scanned'),
    scanRefused: t('results.scanRefused'),
    scanFailed: t('results.scanFailed'),
    scanLoading: t('results.scanLoading'),
    scanLoadFailed: t('results.scanLoadFailed'),
    scanReady: t('results.scanReady'),
    scanLog: t('results.scanLog'),
    pupilsCounted: pluralTemplates(lang, 'results.pupilsCounted'),
    saveFile: t('results.saveFile'),
    saveFileHelp: t('results.saveFileHelp'),
    privacy: t('results.privacy'),
  };
}
