/** One vote as a transport receives it. */
export interface RatingVote {
  /** The rated item (`item-id`). */
  itemId: string;
  /** The stars chosen, 1 to `max`. */
  value: number;
  /** The visitor's random, stable id: the same vote sent again must replace, not add to, the first. */
  voterId: string;
}

/** What a transport resolves with: the item's numbers once the vote is counted (other fields are ignored). */
export interface RatingAnswer {
  average: number;
  count: number;
  value?: number;
}

/**
 * Sends one vote to a back end and resolves with its numbers, or throws. An error whose `retry` is
 * `false` (a {@link RatingTransportError}, or any error with that property) means the back end refused
 * the vote: it is shown and dropped. Any other error keeps the vote to send again. The signal aborts
 * when the rating stops waiting (`timeout`).
 */
export type RatingTransport = (vote: RatingVote, options: { signal: AbortSignal }) => Promise<RatingAnswer>;

/** The error a transport throws to say whether the vote is worth sending again. */
export class RatingTransportError extends Error {
  /** False when the back end refused the vote (sending it again would not help). */
  readonly retry: boolean;

  constructor(message: string, retry: boolean) {
    super(message);
    this.retry = retry;
  }
}
