package jp.mynacard.common;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PublicLinksTest {

    @Test
    void absoluteFromTheConfiguredAddressRelativeWithoutOne() {
        assertEquals("https://api.example.org/api/v1/releases/47",
                new PublicLinks(Optional.of(URI.create("https://api.example.org/"))).to("/api/v1/releases/47"));
        assertEquals("https://example.org/mynacard/api/v1/releases/47",
                new PublicLinks(Optional.of(URI.create("https://example.org/mynacard"))).to("/api/v1/releases/47"));
        assertEquals("/api/v1/releases/47", new PublicLinks(Optional.empty()).to("/api/v1/releases/47"));
    }

    @Test
    void refusesAnAddressThatIsNotAnHttpUrl() {
        assertThrows(IllegalArgumentException.class, () -> new PublicLinks(Optional.of(URI.create("/relative"))));
        assertThrows(IllegalArgumentException.class, () -> new PublicLinks(Optional.of(URI.create("ftp://example.org"))));
        assertThrows(IllegalArgumentException.class, () -> new PublicLinks(Optional.of(URI.create("https://example.org/?x=1"))));
    }
}
