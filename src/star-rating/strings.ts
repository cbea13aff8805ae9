import type { Catalog, Message } from '../internal/localize.js';

type Key =
  | 'label'
  | 'hint'
  | 'star'
  | 'average'
  | 'votes'
  | 'noVotes'
  | 'sending'
  | 'sent'
  | 'failed'
  | 'rejected'
  | 'retry'
  | 'required';

/** Built-in messages of `<star-rating>`; any of them can be overridden through its `strings` property. */
export const catalog: Catalog<Record<Key, Message>> = {
  vi: {
    label: 'Đánh giá',
    hint: '(Di chuột vào ngôi sao để chọn điểm)',
    star: '{value} trên {max} sao',
    average: 'Điểm trung bình {average} trên {max}',
    votes: '{count} lượt đánh giá',
    noVotes: 'Chưa có lượt đánh giá nào',
    sending: 'Đang gửi đánh giá…',
    sent: 'Cảm ơn bạn! Đã ghi nhận đánh giá {value} trên {max} sao.',
    failed: 'Chưa gửi được đánh giá. Đánh giá của bạn được giữ lại và sẽ tự gửi lại khi có kết nối.',
    rejected: 'Đánh giá không được chấp nhận: {error}',
    retry: 'Gửi lại',
    required: 'Vui lòng chọn số sao để đánh giá.',
  },
  en: {
    label: 'Rating',
    hint: '(Hover over or tap a star to choose your score)',
    star: '{value} out of {max} stars',
    average: 'Average rating {average} out of {max}',
    votes: { one: '{count} rating', other: '{count} ratings' },
    noVotes: 'No ratings yet',
    sending: 'Sending your rating…',
    sent: 'Thank you! Your rating of {value} out of {max} stars was recorded.',
    failed: "Your rating couldn't be sent. It is kept and will be sent again when you are back online.",
    rejected: 'Your rating was not accepted: {error}',
    retry: 'Try again',
    required: 'Please choose a number of stars.',
  },
};
