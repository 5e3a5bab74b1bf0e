// The picker's fifos, from node, through pipe handles (epoll), never fs calls: an open or read of a
// fifo that blocks in libuv's thread pool holds the process's exit (process.exit joins the pool's
// threads), and with it the popup, open and blank, after fzf has gone.
import { constants, openSync } from "node:fs";
import { Socket } from "node:net";

/**
 * A report fifo (exec/fanout.ts), opened read-write: the open never blocks and the end never comes,
 * so the reader stops at each call's `end` line.
 */
export function readFifo(path: string): NodeJS.ReadableStream {
  const fd = openSync(path, constants.O_RDWR | constants.O_NONBLOCK);
  return new Socket({ fd, readable: true, writable: false });
}

/**
 * Writes text to a fifo once a reader has it open (fzf's load binding), trying again every few ms
 * until then; if no reader ever comes (fzf ended first) it just never completes.
 */
export function writeFifo(path: string, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const attempt = () => {
      let fd: number;
      try {
        fd = openSync(path, constants.O_WRONLY | constants.O_NONBLOCK);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "ENXIO") setTimeout(attempt, 5);
        else reject(e);
        return;
      }
      const pipe = new Socket({ fd, readable: false, writable: true });
      pipe.on("error", reject);
      pipe.end(text, () => resolve());
    };
    attempt();
  });
}
