package jp.mynacard.common;

/** The credit every answer carries. */
public final class Attribution {

    public static final String TEXT = "Figures: 総務省「マイナンバーカード交付状況について」(MIC) and the other sources listed at "
            + "/api/v1/sources, each figure citing its own; table extraction: Code for Japan, mynumbercard_statistics "
            + "(MIT licence). Served by mynacard-api.";

    private Attribution() {
    }
}
