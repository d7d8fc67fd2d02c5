package jp.mynacard.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * One unit of import: a MIC table set (its four files) or one long-format file. Its checksum covers
 * file names and bytes, so that the same files imported again are recognised; its content checksum
 * covers names and decoded text, so that they are recognised in another encoding or with other line
 * ends too.
 */
public record ImportInput(Kind kind, List<SourceFile> files) {

    public enum Kind { MIC_TABLES, LONG_FORMAT }

    public static ImportInput micTables(List<SourceFile> files) {
        return new ImportInput(Kind.MIC_TABLES, files);
    }

    public static ImportInput longFormat(SourceFile file) {
        return new ImportInput(Kind.LONG_FORMAT, List.of(file));
    }

    public String checksum() {
        return checksum(SourceFile::digest);
    }

    public String contentChecksum() {
        return checksum(SourceFile::digestText);
    }

    private String checksum(BiConsumer<SourceFile, MessageDigest> content) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            files.stream().sorted(Comparator.comparing(ImportInput::baseName)).forEach(file -> {
                sha.update(baseName(file).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                content.accept(file, sha);
            });
            return "sha256:" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String baseName(SourceFile file) {
        return file.name().substring(file.name().lastIndexOf('/') + 1);
    }
}
