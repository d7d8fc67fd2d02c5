package jp.mynacard.common;

/** A GET endpoint of the API whose answers are not kept answers (a stream that never ends). */
public interface UnkeptReads {

    /** Its path. */
    String path();
}
