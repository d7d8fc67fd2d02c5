package jp.mynacard.stats.compare;

import jp.mynacard.area.AreaView;
import jp.mynacard.web.representation.Representation;

import java.util.ArrayList;
import java.util.List;

/**
 * A comparison as a spreadsheet wants it: one row per date, the base area's value, then each compared
 * area's value, difference and ratio, in columns named by area code (English) or area name (Japanese).
 */
final class CompareTable {

    private CompareTable() {
    }

    static Representation.Table of(CompareResponse body) {
        List<String> header = new ArrayList<>(List.of("date", "value:" + body.base().code()));
        List<String> japanese = new ArrayList<>(List.of("基準日", "値:" + body.base().nameJa()));
        for (AreaView area : body.areas()) {
            header.addAll(List.of("value:" + area.code(), "difference:" + area.code(), "ratio:" + area.code()));
            japanese.addAll(List.of("値:" + area.nameJa(), "差:" + area.nameJa(), "比:" + area.nameJa()));
        }
        List<List<Object>> cells = new ArrayList<>(body.rows().size());
        for (CompareResponse.Row row : body.rows()) {
            List<Object> line = new ArrayList<>(header.size());
            line.add(row.date());
            line.add(row.baseValue());
            for (CompareResponse.Cell cell : row.values()) {
                line.add(cell.value());
                line.add(cell.difference());
                line.add(cell.ratio());
            }
            cells.add(line);
        }
        return new Representation.Table(header, japanese, cells);
    }
}
