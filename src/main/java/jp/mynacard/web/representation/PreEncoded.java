package jp.mynacard.web.representation;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the JSON of a value encoded once per value. For the provenance every answer repeats
 * (release references, sources, metric definitions, attribution): the same few values, long and
 * largely Japanese, which would otherwise be encoded to UTF-8 again in every answer. Entries are keyed
 * by value (records and strings): a plain map, because a series cites dozens of releases and a cache
 * with eviction bookkeeping made those lookups a visible share of an uncached answer (docs/decisions/0004-hand-written-serializers.md). New values come
 * only with new releases; the map is emptied should they ever number more than {@code MAX_ENTRIES}.
 */
public final class PreEncoded extends StdSerializer<Object> {

    private static final int MAX_ENTRIES = 10_000;
    private static final Map<Object, SerializedString> ENCODED = new ConcurrentHashMap<>();

    public PreEncoded() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString json = ENCODED.get(value);
        if (json == null) {
            json = encode(value, generator, provider);
            if (ENCODED.size() >= MAX_ENTRIES) {
                ENCODED.clear();
            }
            ENCODED.put(value, json);
        }
        generator.writeRawValue(json);
    }

    private static SerializedString encode(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        StringWriter json = new StringWriter();
        try (JsonGenerator nested = generator.getCodec().getFactory().createGenerator(json)) {
            provider.findValueSerializer(value.getClass()).serialize(value, nested, provider);
        }
        return new SerializedString(json.toString());
    }
}
