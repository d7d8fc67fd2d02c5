package jp.mynacard.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes the JSON of a value encoded once per instance. For the provenance every answer repeats
 * (release references, sources, metric definitions, attribution): the same few instances, long and
 * largely Japanese, which would otherwise be encoded to UTF-8 again in every answer. Entries are keyed
 * by identity and go with their instance.
 */
public final class PreEncoded extends StdSerializer<Object> {

    private static final Cache<Object, SerializedString> ENCODED = Caffeine.newBuilder().weakKeys().maximumSize(10_000).build();

    public PreEncoded() {
        super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator generator, SerializerProvider provider) throws IOException {
        SerializedString json = ENCODED.getIfPresent(value);
        if (json == null) {
            json = encode(value, generator, provider);
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
