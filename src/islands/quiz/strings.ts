/** Translated texts of the quiz player (islands have no i18next: the page passes these in). */
export interface QuestionStrings {
  check: string;
  chooseFirst: string;
  matchFirst: string;
  right: string;
  wrong: string;
  tryAgain: string;
  showSolution: string;
  solutionShown: string;
  learnMore: string;
  true: string;
  false: string;
  moveUp: string;
  moveDown: string;
  moved: string;
  orderHint: string;
  matchChoose: string;
  partRight: string;
  partWrong: string;
  progress: string;
}

export interface PlayerStrings extends QuestionStrings {
  viewLabel: string;
  viewOne: string;
  viewAll: string;
  previous: string;
  next: string;
  finish: string;
  score: string;
  best: string;
  revisit: string;
  allRight: string;
  restart: string;
  savedNote: string;
  certificateHeading: string;
  certificateName: string;
  certificatePrint: string;
  certificateText: string;
  certificateIssuer: string;
  classBanner: string;
  classNickname: string;
  classNicknameFull: string;
  classBrokenLink: string;
  classCodeHeading: string;
  classCodeHelp: string;
  classQrLabel: string;
  classFirstTry: string;
  nextPupilHeading: string;
  nextPupilHelp: string;
  nextPupil: string;
  classTeacher: string;
  classTeacherHelp: string;
  classPresent: string;
  classCollect: string;
}
