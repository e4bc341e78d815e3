/**
 * The site's own icon set: 24×24 outline drawings (stroke paths), drawn for this site so that no
 * icon font or third-party sprite is loaded. Add a name here to use it with <Icon name="..." />.
 */
export const iconPaths = {
  info: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z M12 11v6 M12 7.5v.01',
  tip: 'M9 18h6 M10 21h4 M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2V16h5v-.1c0-.8.4-1.5 1-2A6 6 0 0 0 12 3Z',
  warning: 'M12 3 2 20h20L12 3Z M12 10v4.5 M12 17.5v.01',
  mail: 'M3 5h18v14H3z M3 6l9 7 9-7',
  globe:
    'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z M2 12h20 M12 2c2.8 3 4 6.3 4 10s-1.2 7-4 10c-2.8-3-4-6.3-4-10s1.2-7 4-10Z',
  arrow: 'M4 12h15 M13 6l6 6-6 6',
  shield: 'M12 2 4 5v6c0 5 3.4 9.4 8 11 4.6-1.6 8-6 8-11V5l-8-3Z M9 12l2 2 4-4',
  sensor:
    'M12 13a1 1 0 1 0 0-2 1 1 0 0 0 0 2Z M8.5 8.5a5 5 0 0 0 0 7 M15.5 8.5a5 5 0 0 1 0 7 M5.6 5.6a9 9 0 0 0 0 12.8 M18.4 5.6a9 9 0 0 1 0 12.8',
  book: 'M4 4h6a2 2 0 0 1 2 2v14a2 2 0 0 0-2-2H4z M20 4h-6a2 2 0 0 0-2 2v14a2 2 0 0 1 2-2h6z',
  question: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20Z M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6 M12 17v.01',
  search: 'M10.5 17a6.5 6.5 0 1 0 0-13 6.5 6.5 0 0 0 0 13Z M15.5 15.5 21 21',
  flag: 'M5 21V4 M5 4h12l-2 4 2 4H5',
} as const;

export type IconName = keyof typeof iconPaths;
