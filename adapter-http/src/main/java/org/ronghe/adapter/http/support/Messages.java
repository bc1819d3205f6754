package org.ronghe.adapter.http.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The message catalogue ({@code messages.properties} beside this class, UTF-8): problems by code in
 * English and Chinese, and the labels of enum values. One catalogue, so that a new code or value has one
 * place to be named in both languages, and MessagesTest one place to check.
 */
public final class Messages {

    /** The languages a problem or label is given in. */
    public enum Language {
        EN("en"), ZH("zh");

        private final String tag;

        Language(String tag) {
            this.tag = tag;
        }

        public String tag() {
            return tag;
        }
    }

    private static final Messages CATALOGUE = load();

    private final Properties entries;

    private Messages(Properties entries) {
        this.entries = entries;
    }

    public static Messages catalogue() {
        return CATALOGUE;
    }

    private static Messages load() {
        var entries = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
            if (in == null) {
                throw new IllegalStateException("messages.properties is missing from the class path");
            }
            entries.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Messages(entries);
    }

    /** The problem's title, e.g. "Stale version" / "版本已过期"; empty for a code not in the catalogue. */
    public Optional<String> problemTitle(String code, Language language) {
        return get("problem." + code + ".title." + language.tag());
    }

    /** What the problem means and what to do, in Chinese (the English detail is the rule's own words). */
    public Optional<String> problemDetailZh(String code) {
        return get("problem." + code + ".detail.zh");
    }

    /** The name of a grid rule a refused plan broke (e.g. grids-overlap / 同级网格相互重叠). */
    public Optional<String> gridRuleTitle(String rule, Language language) {
        return get("grid-rule." + rule + ".title." + language.tag());
    }

    /** The Chinese name of an HTTP status, for problems the web server answers before any route. */
    public Optional<String> statusZh(int status) {
        return get("status." + status + ".zh");
    }

    /** The value's label, e.g. CommitteeTier.DISTRICT_PROMOTION → 区级推进委员会; its name when none is known. */
    public String label(Enum<?> value, Language language) {
        return get("label." + value.getDeclaringClass().getSimpleName() + "." + value.name() + "." + language.tag())
                .orElse(value.name());
    }

    /** Whether the catalogue names this key (for the test that holds it complete). */
    public boolean has(String key) {
        return get(key).isPresent();
    }

    /** Every label: enum → value → language → label, sorted. */
    public Map<String, Map<String, Map<String, String>>> labels() {
        Map<String, Map<String, Map<String, String>>> labels = new TreeMap<>();
        for (String key : entries.stringPropertyNames()) {
            if (!key.startsWith("label.")) {
                continue;
            }
            String[] parts = key.split("\\.");
            labels.computeIfAbsent(parts[1], e -> new TreeMap<>()).computeIfAbsent(parts[2], v -> new TreeMap<>())
                    .put(parts[3], entries.getProperty(key).strip());
        }
        return labels;
    }

    /** Every problem code the catalogue names. */
    public java.util.Set<String> problemCodes() {
        var codes = new java.util.TreeSet<String>();
        for (String key : entries.stringPropertyNames()) {
            if (key.startsWith("problem.")) {
                codes.add(key.substring("problem.".length(), key.indexOf(".title.") > 0 ? key.indexOf(".title.")
                        : key.indexOf(".detail.")));
            }
        }
        return codes;
    }

    private Optional<String> get(String key) {
        String value = entries.getProperty(key);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /**
     * The language of a request's answer: Chinese or English as its Accept-Language prefers (quality
     * values weighed; zh, zh-CN, zh-Hans... are Chinese), else the server's default.
     */
    public static Language negotiate(String acceptLanguage, Language serverDefault) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return serverDefault;
        }
        Language best = null;
        double bestQuality = 0;
        for (String range : acceptLanguage.split(",")) {
            String[] parts = range.strip().split(";");
            String tag = parts[0].strip().toLowerCase(Locale.ROOT);
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException ignored) {
                        quality = 0;
                    }
                }
            }
            Language language = tag.equals("zh") || tag.startsWith("zh-") ? Language.ZH
                    : tag.equals("en") || tag.startsWith("en-") ? Language.EN : null;
            if (language != null && quality > bestQuality) {
                best = language;
                bestQuality = quality;
            }
        }
        return best == null ? serverDefault : best;
    }
}
