package jp.mynacard.web.representation;

import java.util.List;

/**
 * Where an answer's figures come from, as rows of a spreadsheet's second sheet: the sources, the
 * metrics' definitions, the releases and the attribution. Implemented by the answers' {@code meta}.
 */
public interface Provenance {

    /** Rows of cells (text, numbers or dates), a null row for a blank line. */
    List<List<Object>> provenanceRows();
}
