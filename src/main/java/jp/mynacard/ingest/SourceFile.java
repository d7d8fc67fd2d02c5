package jp.mynacard.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;

/**
 * One input file under the name it is reported by: bytes in memory (the bundled dataset) or a file
 * on disk (uploads, the bulk import). Everything reads it as a stream (charset detection, checksum,
 * parsing), so a large file is never held whole.
 */
public final class SourceFile {

    private static final Charset CP932 = Charset.forName("windows-31j");
    private static final int CHUNK = 64 * 1024;

    /** Opens the content anew each time. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    private final String name;
    private final Content content;
    private Charset charset;

    private SourceFile(String name, Content content) {
        this.name = name;
        this.content = content;
    }

    public static SourceFile of(String name, byte[] bytes) {
        return new SourceFile(name, () -> new ByteArrayInputStream(bytes));
    }

    public static SourceFile of(String name, Path path) {
        return new SourceFile(name, () -> Files.newInputStream(path));
    }

    public String name() {
        return name;
    }

    /** The raw bytes, from the start. */
    InputStream open() throws IOException {
        return content.open();
    }

    /** Whether the bytes are a zip archive (an .xlsx workbook is one), not text. */
    boolean isZip() {
        try (InputStream in = content.open()) {
            byte[] start = in.readNBytes(4);
            return start.length == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Feeds the raw bytes to a digest (for the release checksum). */
    void digest(MessageDigest digest) {
        try (InputStream in = content.open()) {
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Feeds the text to a digest as it reads, whatever its encoding (UTF-8 with or without a byte-order
     * mark, or Shift_JIS) and line ends (LF, CRLF or CR), and without trailing blank lines: the same
     * figures saved another way digest alike (for the release's content checksum). A workbook digests
     * its bytes.
     */
    void digestText(MessageDigest digest) {
        if (isZip()) {
            digest(digest); // a workbook has no other encoding: its bytes are its content
            return;
        }
        try (BufferedReader lines = new BufferedReader(reader())) {
            int blank = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.isEmpty()) {
                    blank++;
                    continue;
                }
                for (; blank > 0; blank--) {
                    digest.update((byte) '\n');
                }
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text, decoded. UTF-8 (with or without a byte-order mark) and Shift_JIS/CP932 are accepted:
     * strict UTF-8 is tried first because CP932 text with Japanese characters is never valid UTF-8,
     * while ASCII-only text reads the same either way. Each is tried by one streaming pass.
     */
    Reader reader() {
        Charset detected = charset();
        try {
            InputStream in = content.open();
            if (StandardCharsets.UTF_8.equals(detected) && hasUtf8Bom()) {
                in.skipNBytes(3);
            }
            return new BufferedReader(new InputStreamReader(in, detected.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), CHUNK);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first line of the text (without line end), or "" for an empty file. */
    String firstLine() {
        try (BufferedReader reader = new BufferedReader(reader())) {
            String line = reader.readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private synchronized Charset charset() {
        if (charset == null) {
            charset = List.of(StandardCharsets.UTF_8, CP932).stream().filter(this::decodesAs).findFirst()
                    .orElseThrow(() -> new ImportRejectedException(List.of(ImportProblem.ofFile(name,
                            "the file is neither UTF-8 nor Shift_JIS (CP932) text"))));
        }
        return charset;
    }

    private boolean hasUtf8Bom() throws IOException {
        try (InputStream in = content.open()) {
            byte[] start = in.readNBytes(3);
            return start.length == 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF;
        }
    }

    private boolean decodesAs(Charset candidate) {
        CharsetDecoder decoder = candidate.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(CHUNK);
        CharBuffer chars = CharBuffer.allocate(CHUNK);
        try (InputStream in = content.open()) {
            boolean end = false;
            while (!end) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                end = n < 0;
                bytes.position(bytes.position() + Math.max(n, 0)).flip();
                CoderResult result = decoder.decode(bytes, chars, end);
                if (result.isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            return !decoder.flush(chars).isError();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
