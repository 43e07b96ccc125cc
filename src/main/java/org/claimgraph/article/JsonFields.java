package org.claimgraph.article;

import java.time.LocalDate;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;

/** Reads the metadata fields {@code url, title, published, publisher, author} (and {@code text}) of a JSON object. */
final class JsonFields {
    static final String[] META_FIELDS = {"url", "title", "published", "publisher", "author"};

    private JsonFields() {
    }

    /** Thrown with a message that says what is wrong with the JSON; the caller adds where. */
    static final class BadJson extends Exception {
        private static final long serialVersionUID = 1L;

        BadJson(String message) {
            super(message);
        }
    }

    static JsonObject parseObject(String json) throws BadJson {
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (JsonParseException e) {
            throw new BadJson("invalid JSON (" + e.getMessage() + ")");
        } catch (StackOverflowError e) {
            throw new BadJson("JSON nested too deeply to read");
        } catch (RuntimeException e) {
            throw new BadJson("invalid JSON (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        if (!value.isObject()) {
            throw new BadJson("expected a JSON object {...} but found " + kind(value));
        }
        return value.getAsObject();
    }

    /** The metadata the object states; unknown keys are ignored. */
    static Metadata metadata(JsonObject object) throws BadJson {
        String published = string(object, "published");
        LocalDate date = null;
        if (published != null) {
            date = Dates.parseValue(published).orElseThrow(
                    () -> new BadJson("\"published\" is not a date: \"" + published + "\" (use YYYY-MM-DD)"));
        }
        return new Metadata(string(object, "title"), date, string(object, "publisher"), string(object, "author"),
                string(object, "url"));
    }

    /** The string value of a key; null when absent, JSON null or blank. */
    static String string(JsonObject object, String key) throws BadJson {
        JsonValue v = object.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            throw new BadJson("\"" + key + "\" must be a string but is " + kind(v));
        }
        String s = v.getAsString().value().strip();
        return s.isEmpty() ? null : s;
    }

    private static String kind(JsonValue v) {
        if (v.isArray()) {
            return "an array";
        }
        if (v.isObject()) {
            return "an object";
        }
        if (v.isNumber()) {
            return "a number";
        }
        if (v.isBoolean()) {
            return "a boolean";
        }
        if (v.isNull()) {
            return "null";
        }
        return "a string";
    }
}
