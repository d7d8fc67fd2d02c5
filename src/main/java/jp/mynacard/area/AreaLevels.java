package jp.mynacard.area;

/** The three levels of area, as the {@code level} parameters take them (validated by these). */
public final class AreaLevels {

    public static final String PATTERN = "nation|prefecture|municipality";
    public static final String MESSAGE = "must be one of nation, prefecture, municipality";

    private AreaLevels() {
    }
}
