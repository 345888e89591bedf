package org.kroniek.server.ui;

/**
 * Builds HTML where every piece of text is escaped: {@link #text} and {@link #attr} escape,
 * only {@link #raw} does not and takes markup written in this code.
 */
public final class Html {
    private final StringBuilder out = new StringBuilder(4096);

    /** Escapes text for element content and quoted attribute values. */
    public static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Markup from this code base, never from data. */
    public Html raw(String markup) {
        out.append(markup);
        return this;
    }

    public Html text(Object value) {
        out.append(esc(value == null ? "" : String.valueOf(value)));
        return this;
    }

    /** {@code <tag class="cls">text</tag>} with the text escaped. */
    public Html el(String tag, String cls, Object value) {
        out.append('<').append(tag);
        if (cls != null) {
            out.append(" class=\"").append(esc(cls)).append('"');
        }
        out.append('>');
        text(value);
        out.append("</").append(tag).append('>');
        return this;
    }

    /** A link with escaped href and text. */
    public Html link(String href, Object value) {
        return link(href, null, value);
    }

    public Html link(String href, String cls, Object value) {
        out.append("<a href=\"").append(esc(href)).append('"');
        if (cls != null) {
            out.append(" class=\"").append(esc(cls)).append('"');
        }
        out.append('>');
        text(value);
        out.append("</a>");
        return this;
    }

    /** {@code name="value"} with the value escaped, preceded by a space. */
    public Html attr(String name, Object value) {
        out.append(' ').append(name).append("=\"").append(esc(value == null ? "" : String.valueOf(value))).append('"');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
