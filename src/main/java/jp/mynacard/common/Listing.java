package jp.mynacard.common;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A list answer: the items and how many there are. */
public record Listing<T>(List<T> data, Meta meta) {

    public static <T> Listing<T> of(List<T> data) {
        return new Listing<>(data, new Meta(data.size(), Attribution.TEXT));
    }

    @Schema(name = "ListingMeta")
    public record Meta(@Schema(examples = "47") int count,
                       @Schema(description = "Where the figures come from and under which terms.") String attribution) {
    }
}
