import { pino } from 'pino';
import pretty from 'pino-pretty';

export const LOG_FORMATS = ['json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

/** Where log lines go: JSON for collectors, or lines a person reads in a terminal. */
export function logStream(format: LogFormat, fd: 1 | 2): pino.DestinationStream {
  if (format === 'pretty')
    return pretty({
      destination: fd,
      colorize: fd === 1 ? process.stdout.isTTY : process.stderr.isTTY,
      translateTime: 'SYS:HH:MM:ss',
      ignore: 'pid,hostname,req,res',
      messageFormat: '{if req.id}{req.method} {req.url} {res.statusCode} [{req.id}] {end}{msg}',
    });
  return pino.destination({ fd, sync: false });
}
