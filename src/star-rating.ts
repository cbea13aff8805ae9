import { StarRating } from './star-rating/star-rating.js';
import { define } from './internal/define.js';

define('star-rating', StarRating);

export { StarRating };
export type { RatingAnswer, RatingSummary, RatingTransport, RatingVote } from './star-rating/star-rating.js';
