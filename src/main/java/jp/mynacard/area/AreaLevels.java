package jp.mynacard.area;

import jp.mynacard.problem.ApiException;

import java.util.List;

/** The three levels of area, as the {@code level} parameter takes them. */
public final class AreaLevels {

    private static final List<String> LEVELS = List.of("nation", "prefecture", "municipality");

    private AreaLevels() {
    }

    /** Accepts null (no filter) or a level; anything else is an invalid {@code level} parameter. */
    public static void requireKnown(String level) {
        if (level != null && !LEVELS.contains(level)) {
            throw ApiException.invalidParameter("level", "must be one of " + String.join(", ", LEVELS));
        }
    }
}
