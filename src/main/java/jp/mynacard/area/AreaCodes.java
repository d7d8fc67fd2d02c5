package jp.mynacard.area;

import java.util.Optional;

/**
 * 全国地方公共団体コード: five digits (the first two are the prefecture) plus a check digit.
 * Sources drop the leading zero ("11002" is 011002, 札幌市) or the check digit ("01100").
 */
public final class AreaCodes {

    public static final String NATION = "00";

    private AreaCodes() {
    }

    /** The check digit of a five-digit code: 11 minus the weighted sum (6,5,4,3,2) mod 11, last digit. */
    public static int checkDigit(String fiveDigits) {
        int sum = 0;
        for (int i = 0; i < 5; i++) {
            sum += (fiveDigits.charAt(i) - '0') * (6 - i);
        }
        return (11 - sum % 11) % 10;
    }

    public static boolean isValidMunicipalityCode(String code) {
        return code.length() == 6 && isDigits(code) && checkDigit(code) == code.charAt(5) - '0';
    }

    /** A six-digit code written as a number, so possibly without its leading zero ("11002" → "011002"). */
    public static Optional<String> fromNumber(String raw) {
        if (raw.isEmpty() || raw.length() > 6 || !isDigits(raw)) {
            return Optional.empty();
        }
        String code = "0".repeat(6 - raw.length()) + raw;
        return isValidMunicipalityCode(code) ? Optional.of(code) : Optional.empty();
    }

    /** The six-digit code of a five-digit code written without its check digit ("13101" → "131016"). */
    public static String withCheckDigit(String fiveDigits) {
        return fiveDigits + checkDigit(fiveDigits);
    }

    public static boolean isDigits(String text) {
        return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
