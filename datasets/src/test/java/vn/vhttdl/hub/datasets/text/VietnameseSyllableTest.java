package vn.vhttdl.hub.datasets.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseSyllableTest {

    @ParameterizedTest
    @ValueSource(strings = {"Đình", "chùa", "Nghiêm", "nguyễn", "quốc", "gì", "giữa", "khuya", "người", "rượu",
        "hoàng", "thuở", "xoong", "khuỷu", "yêu", "oanh", "ĐẮK", "Lắk", "ủy", "À", "ệ", "Bắc", "HỒNG", "tỉnh", "khuỳnh",
        "ếch", "thích", "Huỳnh", "moóc", "boong", "khuây", "tây"})
    void acceptsVietnameseSyllables(String word) {
        assertThat(VietnameseSyllable.isValid(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chïa", "Thæ", "Nghiªm", "Mỹller", "café", "cafộ", "straße", "chuứa", "éỡnh", "hàá",
        "fa", "zoo", "w", "nh", "", "Đ5", "ü", "bqa", "quèc", "hỏc", "mãt", "xaõ", "lyù", "tổnh", "thônh", "duch", "Krông",
        "ngoõ", "moọt", "thuỷy", "hoy"})
    void rejectsWhatNoVietnameseSyllableLooksLike(String word) {
        assertThat(VietnameseSyllable.isValid(word)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Krông", "Đakrông", "Djrăng", "Mnông", "HBông", "Bhalêê", "Mađaguôi", "Zuôich", "Jút", "Êwi",
        "Sơmei", "Srônh", "Kmăl", "Rvê", "Piơr", "Đắk", "chùa"})
    void acceptsPlaceNamesOfMinorityLanguagesAsMinorityWords(String word) {
        assertThat(VietnameseSyllable.isMinorityWord(word)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"café", "Zürich", "Straße", "hàá", "Ørsted", "strrrong", "Nghiªm", "Thæ", "k", "", "Đ5", "aeiouy",
        "Françoise"})
    void rejectsWhatNoMinorityPlaceNameLooksLike(String word) {
        assertThat(VietnameseSyllable.isMinorityWord(word)).isFalse();
    }
}
