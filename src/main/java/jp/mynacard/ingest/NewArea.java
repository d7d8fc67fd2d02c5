package jp.mynacard.ingest;

/** A municipality first seen (or renamed) in an import. */
public record NewArea(String code, String prefectureCode, String nameJa) {
}
