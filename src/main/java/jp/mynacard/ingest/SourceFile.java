package jp.mynacard.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The bytes of one input file with the name it is reported under. */
public record SourceFile(String name, byte[] bytes) {

    private static final Charset CP932 = Charset.forName("windows-31j");

    /**
     * The text of the file. UTF-8 (with or without a byte-order mark) and Shift_JIS/CP932 are
     * accepted: strict UTF-8 is tried first because CP932 text with Japanese characters is never
     * valid UTF-8, while ASCII-only text reads the same either way.
     */
    public String text() {
        int offset = hasUtf8Bom() ? 3 : 0;
        return decodeStrictly(StandardCharsets.UTF_8, offset)
                .or(() -> decodeStrictly(CP932, 0))
                .orElseThrow(() -> new ImportRejectedException(java.util.List.of(ImportProblem.ofFile(name,
                        "the file is neither UTF-8 nor Shift_JIS (CP932) text"))));
    }

    private boolean hasUtf8Bom() {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    private Optional<String> decodeStrictly(Charset charset, int offset) {
        try {
            return Optional.of(charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
