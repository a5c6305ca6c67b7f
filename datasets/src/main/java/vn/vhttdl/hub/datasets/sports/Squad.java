package vn.vhttdl.hub.datasets.sports;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/**
 * Tuyến vận động viên: the provincial training tier an athlete belongs to — đội tuyển (the
 * senior provincial team), đội tuyển trẻ (youth team) or năng khiếu (talent school). The constant
 * names are the codes of the ministry format.
 */
public enum Squad {
    DOI_TUYEN, DOI_TUYEN_TRE, NANG_KHIEU;

    static final CodeSpellings<Squad> SPELLINGS = CodeSpellings.<Squad>builder(
                    "tuyến (đội tuyển, đội tuyển trẻ, năng khiếu)", "squad (senior team, youth team, talent school)",
                    "vận động viên", "VĐV", "tỉnh")
            .add(DOI_TUYEN, "Đội tuyển", "ĐT", "Tuyển", "Đội tuyển tỉnh", "Đội tuyển chính")
            .add(DOI_TUYEN_TRE, "Đội tuyển trẻ", "Trẻ", "ĐTT", "Tuyển trẻ")
            .add(NANG_KHIEU, "Năng khiếu", "NK", "Năng khiếu nghiệp dư", "Năng khiếu tập trung")
            .build();
}
