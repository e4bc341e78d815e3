import type { JoinStrings } from './JoinPanel.tsx';

/** Translated texts of the classroom islands (passed in by the pages). */
export interface SetupStrings extends JoinStrings, Omit<SessionStrings, 'notFound'> {
  setupHeading: string;
  quiz: string;
  chooseQuiz: string;
  questions: string;
  pickQuestions: string;
  pickQuiz: string;
  order: string;
  orderQuiz: string;
  orderShuffled: string;
  label: string;
  create: string;
  linkHeading: string;
  linkHelp: string;
  linkField: string;
  copy: string;
  copied: string;
  present: string;
  collect: string;
  classesHeading: string;
  classCreated: string;
  /** Plural templates by CLDR category, with {{count}}. */
  results: Record<string, string>;
  delete: string;
  deleteClass: string;
  /** With {{label}} and {{results}} (the count of results, from `results`). */
  confirmDelete: string;
  keep: string;
  deleted: string;
  noClasses: string;
  openFile: string;
  fileOpened: string;
  fileErrors: { notJson: string; notClassFile: string; newerVersion: string; unknownQuiz: string; damaged: string };
}

export interface SessionStrings {
  notFound: string;
  loadFailed: string;
  loading: string;
}

export interface PresentStrings extends SessionStrings, JoinStrings {
  joinHeading: string;
  start: string;
  keys: string;
  fullScreen: string;
  leaveFullScreen: string;
  backToJoin: string;
  /** The classroom page, the way back from the projector layout (it has no site navigation). */
  classroom: string;
  progress: string;
  previous: string;
  next: string;
  reveal: string;
  tally: string;
  hands: string;
  handsTotal: string;
  true: string;
  false: string;
  orderHint: string;
  matchingHint: string;
}

export interface ResultsStrings extends SessionStrings {
  heading: string;
  chooseClass: string;
  paste: string;
  add: string;
  added: Record<string, string>;
  rejectedHeading: string;
  reasons: Record<string, string>;
  students: string;
  student: string;
  score: string;
  questionCount: string;
  noNickname: string;
  questionsHeading: string;
  question: string;
  rate: string;
  rateValue: string;
  average: string;
  none: string;
  export: string;
  deleteResults: string;
  /** With {{label}} and {{results}} (the count of results, from `resultCount`). */
  confirmDeleteResults: string;
  resultCount: Record<string, string>;
  delete: string;
  keep: string;
  resultsDeleted: string;
  remove: string;
  removeResult: string;
  confirmRemove: string;
  removed: string;
  /** A pupil without a nickname, by row number: "pupil 3". */
  pupilNumber: string;
  scan: string;
  scanStop: string;
  scanHelp: string;
  scanned: string;
  scanRefused: string;
  scanFailed: string;
  scanLoading: string;
  scanLoadFailed: string;
  scanReady: string;
  scanLog: string;
  pupilsCounted: Record<string, string>;
  saveFile: string;
  saveFileHelp: string;
  privacy: string;
}
