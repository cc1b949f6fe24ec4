import type { Glossary } from "./glossary";

/**
 * Tiếng Việt: thuật ngữ theo "Quy trình đánh giá thỏa mãn khách hàng" (000), viết theo cách ngăn tác vụ dùng ở mọi
 * chỗ: "hài lòng" (không "thỏa mãn"), "sổ làm việc" và "trang tính" như Excel tiếng Việt.
 */
export const vi: Glossary = {
  customer: "khách hàng",
  endUser: "người sử dụng cuối",
  approver: "Giám đốc",
  technicalLead: "phụ trách kỹ thuật",
  department: "bộ phận",
  responsibleDepartment: "bộ phận chịu trách nhiệm",
  responsiblePerson: "người chịu trách nhiệm",

  feedback: "phản hồi",
  complaint: "khiếu nại",
  reminderSlip: "phiếu nhắc việc",
  surveyForm: "phiếu khảo sát",
  dispatchId: "mã phiếu gửi",
  satisfaction: "mức độ hài lòng",

  approval: "phê duyệt",
  interimAction: "biện pháp tạm thời",
  rootCause: "nguyên nhân gốc",
  correctiveAction: "hành động khắc phục",
  preventiveAction: "hành động phòng ngừa",
  followUp: "liên hệ lại",
  reply: "trả lời",
  handlingProposal: "phương án xử lý",

  home: "Trang chủ",
  cases: "Hồ sơ",
  openCases: "hồ sơ đang mở",
  workbook: "sổ làm việc",
  sheet: "trang tính",
  dashboard: "bảng tổng hợp",
  managementReview: "xem xét của lãnh đạo",
  excelHomeTab: "Trang đầu",

  listSeparator: ", ",
  languageNames: {
    en: "tiếng Anh",
    "zh-CN": "tiếng Trung giản thể",
    "zh-TW": "tiếng Trung phồn thể",
    vi: "tiếng Việt",
  },
  labelsInSentence: "lowerFirst",
  durations: {
    minutes: "{count} phút",
    hours: "{count} giờ",
    days: "{count} ngày",
    workdays: "{count} ngày làm việc",
  },

  avoid: [
    {
      word: "Trang đầu",
      use: "Trang chủ",
      why: 'Mục đầu tiên của ngăn tác vụ là Trang chủ; "Trang đầu" chỉ là tên thẻ Home của Excel.',
      except: ["thẻ Trang đầu"],
    },
    {
      word: "Tiếng Việt",
      use: "tiếng Việt",
      why: 'Giữa câu viết thường: "bằng tiếng Việt".',
      pattern: /(?<=\S[^]*)Tiếng (Việt|Anh|Trung)/u,
    },
    { word: "thỏa mãn", use: "hài lòng", why: 'Ngăn tác vụ nói "hài lòng" ở mọi chỗ.', pattern: /th[oỏ][aả] mãn/iu },
    { word: "Gặp gỡ riêng khách hàng", use: "Thăm khách hàng", why: "Ngắn gọn, đúng việc." },
    { word: "Bạn hàng và đơn vị khác", use: "Đối tác", why: "Ngắn gọn như các lựa chọn khác." },
    { word: "Quen qua giới thiệu", use: "Được giới thiệu", why: 'Ngắn gọn như "Quan hệ lâu dài".' },
    { word: "lượt gửi", use: "phiếu gửi", why: "Mã là của phiếu khảo sát đã gửi.", pattern: /lượt gửi/iu },
    {
      word: "sổ tính",
      use: "sổ làm việc",
      why: 'Excel tiếng Việt gọi workbook là "sổ làm việc".',
      pattern: /sổ tính/iu,
    },
  ],
};
