package org.kroniek.extract.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TimeML document (TempEval-3): the plain text of its {@code TEXT} element, the gold
 * {@code TIMEX3} expressions with offsets into that text, and the document creation time.
 */
public record TimeMlDocument(String name, String text, String creationTime, List<Timex> timexes) {
    /** A gold time expression. */
    public record Timex(int start, int end, String type, String value) {
    }

    private static final Pattern DCT = Pattern.compile("<DCT>\\s*<TIMEX3[^>]*value=\"([^\"]*)\"");
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z0-9]+)([^>]*)>|&(amp|lt|gt|quot|apos);");
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    public TimeMlDocument {
        timexes = List.copyOf(timexes);
    }

    /** Reads a {@code .tml} file; a file without DCT or TEXT is a bad input, reported by name. */
    public static TimeMlDocument read(Path file) throws IOException {
        String xml = Files.readString(file, StandardCharsets.UTF_8);
        Matcher dct = DCT.matcher(xml);
        int from = xml.indexOf("<TEXT>");
        int to = xml.indexOf("</TEXT>");
        if (!dct.find() || from < 0 || to < from) {
            throw new IOException(file + ": not a TimeML document with DCT and TEXT");
        }
        return parse(file.getFileName().toString(), xml.substring(from + "<TEXT>".length(), to), dct.group(1));
    }

    static TimeMlDocument parse(String name, String body, String creationTime) {
        StringBuilder text = new StringBuilder();
        List<Timex> timexes = new ArrayList<>();
        Matcher m = TAG.matcher(body);
        int last = 0;
        int openStart = -1;
        String openType = null;
        String openValue = null;
        while (m.find()) {
            text.append(body, last, m.start());
            last = m.end();
            if (m.group(4) != null) {
                text.append(switch (m.group(4)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                });
            } else if (m.group(2).equals("TIMEX3")) {
                if (m.group(1).isEmpty()) {
                    openStart = text.length();
                    Matcher a = ATTR.matcher(m.group(3));
                    openType = null;
                    openValue = null;
                    while (a.find()) {
                        if (a.group(1).equals("type")) {
                            openType = a.group(2);
                        } else if (a.group(1).equals("value")) {
                            openValue = a.group(2);
                        }
                    }
                } else if (openStart >= 0) {
                    timexes.add(new Timex(openStart, text.length(), openType, openValue));
                    openStart = -1;
                }
            }
        }
        text.append(body.substring(last));
        return new TimeMlDocument(name, text.toString(), creationTime, timexes);
    }
}
