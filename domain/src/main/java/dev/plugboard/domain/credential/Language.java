package dev.plugboard.domain.credential;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Plugboard writes validation messages in. Brazilian Portuguese is the default,
 * the language of Pluggy's own credential messages; English is chosen when a request's
 * {@code Accept-Language} prefers it.
 */
public enum Language {
    PT_BR("pt-BR"),
    EN("en");

    public static final Language DEFAULT = PT_BR;

    private final String tag;

    Language(String tag) {
        this.tag = tag;
    }

    /** The BCP 47 tag, as written in a credential's {@code validationMessages}. */
    public String tag() {
        return tag;
    }

    /** The language of a tag, by its primary subtag: {@code en-US} is English, {@code pt} Portuguese. */
    public static Optional<Language> fromTag(String tag) {
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(language -> language.tag.split("-", 2)[0].equalsIgnoreCase(primary))
                .findFirst();
    }
}
