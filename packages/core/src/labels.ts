import type { DossierStatus, EventType } from './lifecycle.js';

/** Plain-Vietnamese names shown to citizens (and in documents). */
export const STATUS_LABELS_VI: Record<DossierStatus, string> = {
  new: 'Mới',
  submitted: 'Đã nộp, chờ tiếp nhận',
  pre_supplement: 'Chờ bổ sung trước khi tiếp nhận',
  refused: 'Từ chối tiếp nhận',
  in_progress: 'Đang giải quyết',
  awaiting_supplement: 'Chờ bổ sung, hoàn thiện hồ sơ',
  awaiting_obligation: 'Chờ thực hiện nghĩa vụ tài chính',
  resolved: 'Đã có kết quả, chờ trả',
  result_returned: 'Đã trả kết quả',
  rejected: 'Không giải quyết, trả lại hồ sơ',
  withdrawn: 'Đã rút hồ sơ',
};

export const EVENT_LABELS_VI: Record<EventType, string> = {
  submitted: 'Nộp hồ sơ',
  received: 'Tiếp nhận hồ sơ',
  refused: 'Từ chối tiếp nhận',
  supplement_requested: 'Yêu cầu bổ sung, hoàn thiện hồ sơ',
  supplement_received: 'Đã bổ sung hồ sơ',
  obligation_requested: 'Thông báo thực hiện nghĩa vụ tài chính',
  obligation_fulfilled: 'Đã thực hiện nghĩa vụ tài chính',
  forwarded: 'Chuyển xử lý',
  apology: 'Xin lỗi và hẹn lại ngày trả kết quả',
  resolved: 'Có kết quả giải quyết',
  rejected: 'Không giải quyết, trả lại hồ sơ',
  withdrawn: 'Rút hồ sơ',
  result_returned: 'Trả kết quả',
  rated: 'Đánh giá mức độ hài lòng',
};
