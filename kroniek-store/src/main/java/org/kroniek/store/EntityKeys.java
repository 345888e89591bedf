package org.kroniek.store;

import java.text.Normalizer;
import java.util.Locale;
import org.kroniek.record.Entity;

/**
 * Keys that name one canonical entity across articles: the entity type and canonical name folded
 * to lower-case ASCII letters and digits joined by dashes, such as {@code per-vladimir-putin}.
 */
public final class EntityKeys {
    private EntityKeys() {
    }

    public static String of(Entity entity) {
        return of(entity.type().name(), entity.name());
    }

    public static String of(String type, String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(type.toLowerCase(Locale.ROOT)).append('-');
        boolean dash = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (dash && key.charAt(key.length() - 1) != '-') {
                    key.append('-');
                }
                key.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return key.toString();
    }
}
