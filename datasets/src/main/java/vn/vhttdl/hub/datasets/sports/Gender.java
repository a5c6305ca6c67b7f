package vn.vhttdl.hub.datasets.sports;

import vn.vhttdl.hub.datasets.code.CodeSpellings;

/** Giới tính of an athlete, as competitions are divided. The constant names are the format's codes. */
public enum Gender {
    NAM, NU;

    static final CodeSpellings<Gender> SPELLINGS = CodeSpellings.<Gender>builder("giới tính (nam, nữ)", "gender (male, female)",
                    "giới tính", "giới")
            .add(NAM, "Nam", "M", "Male", "1", "Trai")
            .add(NU, "Nữ", "F", "Female", "0", "2", "Gái")
            .build();
}
