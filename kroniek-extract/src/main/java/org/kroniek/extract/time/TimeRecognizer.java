package org.kroniek.extract.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kroniek.extract.figures.NumberParser;
import org.kroniek.extract.figures.NumberWords;
import org.kroniek.record.Span;

/**
 * Finds time expressions in Dutch or English text with rules over the words of a
 * {@link TimeLexicon}: dates ("30 maart", "March 30, 2022", "begin april"), weekdays with day
 * parts ("dinsdagavond", "on Tuesday"), day words ("gisteren", "yesterday"), shifts ("vorige week",
 * "een week geleden", "last year"), seasons, years, quarters, clock times, durations and
 * references ("nu", "recently"). Overlapping matches resolve to the leftmost longest. Immutable
 * and thread-safe.
 */
public final class TimeRecognizer {
    private static final String B = "(?<![\\p{L}\\p{N}])";
    private static final String E = "(?![\\p{L}\\p{N}])";
    private static final String NUM = "(?:\\d+(?:[.,]\\d+)?|\\p{L}+(?:-\\p{L}+)?)";
    private static final Set<String> PLURAL_UNITS = Set.of("dagen", "weken", "maanden", "jaren", "uren", "minuten",
            "decennia", "days", "weeks", "months", "years", "hours", "minutes", "decades");
    private static final Pattern FUTURE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(zal|zullen|will|'ll|komende|volgende|aanstaande)(?![\\p{L}])");
    private static final int FUTURE_WINDOW = 60;
    private static final java.util.Map<String, Integer> QUARTERS = java.util.Map.ofEntries(
            java.util.Map.entry("first", 1), java.util.Map.entry("1st", 1), java.util.Map.entry("eerste", 1),
            java.util.Map.entry("second", 2), java.util.Map.entry("2nd", 2), java.util.Map.entry("tweede", 2),
            java.util.Map.entry("third", 3), java.util.Map.entry("3rd", 3), java.util.Map.entry("derde", 3),
            java.util.Map.entry("fourth", 4), java.util.Map.entry("4th", 4), java.util.Map.entry("vierde", 4));
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** A pattern and what it builds; {@code needsDigit}: it cannot match text without an ASCII digit. */
    private record Rule(Pattern pattern, Function<Matcher, TimeSpec> build, boolean needsDigit) {
    }

    private static final TimeRecognizer NL = new TimeRecognizer(TimeLexicon.of("nl"));
    private static final TimeRecognizer EN = new TimeRecognizer(TimeLexicon.of("en"));

    private final TimeLexicon lex;
    private final NumberParser numbers;
    private final List<Rule> rules;

    private TimeRecognizer(TimeLexicon lex) {
        this.lex = lex;
        this.numbers = NumberParser.of(lex.language());
        this.rules = List.copyOf(rules());
    }

    public static TimeRecognizer of(String language) {
        return "en".equals(language) ? EN : NL;
    }

    /** The time expressions inside {@code range} of {@code text}, in text order, not overlapping. */
    public List<TimeMention> find(String text, Span range) {
        List<TimeMention> all = new ArrayList<>();
        int[] starts = wordStarts(text, range);
        boolean digits = hasDigit(text, range);
        for (Rule rule : rules) {
            if (rule.needsDigit && !digits) {
                continue;
            }
            Matcher m = rule.pattern.matcher(text);
            m.useTransparentBounds(true);
            int from = range.start();
            for (int p : starts) {
                if (p < from) {
                    continue;
                }
                m.region(p, range.end());
                if (!m.lookingAt()) {
                    continue;
                }
                from = m.end() > m.start() ? m.end() : m.end() + 1;
                TimeSpec spec = rule.build.apply(m);
                if (spec != null && m.end() > m.start()) {
                    if (spec.kind() == TimeSpec.Kind.WEEKDAY || spec.kind() == TimeSpec.Kind.DATE) {
                        spec = spec.withFuture(future(text, range.start(), m.start()));
                    }
                    all.add(new TimeMention(m.start(), m.end(), m.group(), spec));
                }
            }
        }
        all.sort(Comparator.comparingInt(TimeMention::start).thenComparing(Comparator.comparingInt(TimeMention::end).reversed()));
        List<TimeMention> out = new ArrayList<>();
        int covered = -1;
        for (TimeMention t : all) {
            if (t.start() >= covered) {
                out.add(t);
                covered = t.end();
            }
        }
        return out;
    }

    /**
     * The positions of {@code range} where a rule can start: every rule opens with
     * {@code (?<![\\p{L}\\p{N}])}, so a match never starts right after a letter or a number (the
     * character before the range counts, as the matchers use transparent bounds). Trying the rules
     * only there, in order, finds what {@link Matcher#find()} over the whole range finds.
     */
    private static int[] wordStarts(String text, Span range) {
        int[] out = new int[range.end() - range.start() + 1];
        int n = 0;
        for (int p = range.start(); p <= range.end(); p++) {
            if (p == 0 || !letterOrNumber(Character.codePointBefore(text, p))) {
                out[n++] = p;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean letterOrNumber(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
                 Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean hasDigit(String text, Span range) {
        for (int p = range.start(); p < range.end(); p++) {
            char c = text.charAt(p);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean future(String text, int sentenceStart, int at) {
        String before = text.substring(Math.max(sentenceStart, at - FUTURE_WINDOW), at);
        return FUTURE.matcher(before).find();
    }

    private List<Rule> rules() {
        String month = lex.alternation("month");
        String wd = lex.alternation("weekday");
        String dp = lex.alternation("daypart");
        String dw = lex.alternation("dayword");
        String rel = lex.alternation("rel");
        String unit = lex.alternation("unit");
        String ago = lex.alternation("ago");
        String part = lex.alternation("part");
        String season = lex.alternation("season");
        String few = lex.alternation("few");
        String approx = lex.alternation("approx");
        String evrel = lex.alternation("eventrel");
        boolean en = lex.language().equals("en");
        List<Rule> r = new ArrayList<>();
        r.add(digitRule("(?:(?<part>" + part + ")\\s+)?(?<d>\\d{1,2})(?:e|ste|de|st|nd|rd|th)?\\s+(?:of\\s+)?(?<m>" + month
                + ")(?:,?\\s+(?<y>\\d{4}))?", this::date));
        if (en) {
            r.add(digitRule("(?:(?<part>" + part + ")[\\s-]+)?(?<m>" + month + ")\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(?<y>\\d{4}))?",
                    this::date));
        }
        r.add(rule("(?:(?<part>" + part + ")[\\s-]+(?:(?:van|of)\\s+)?)?(?<m>" + month + ")(?:,?\\s+(?:(?:van|of)\\s+)?(?<y>\\d{4}))?",
                this::date));
        r.add(digitRule("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})", this::date));
        r.add(rule("(?<rel>" + rel + ")\\s+(?<m>" + month + ")", this::relativeMonth));
        r.add(rule("(?<h>" + lex.alternation("holiday") + ")(?:\\s+(?<y>\\d{4}))?", this::holiday));
        r.add(digitRule(en ? "(?<m>\\d{1,2})/(?<d>\\d{1,2})/(?<y>\\d{4})" : "(?<d>\\d{1,2})[-/](?<m>\\d{1,2})[-/](?<y>\\d{4})", this::date));
        r.add(rule("(?:(?<rel>" + rel + ")\\s+(?:(?<wk>week)\\s+)?)?(?<wd>" + wd + ")(?<dp>" + dp + ")?(?:\\s+(?<dp2>" + dp + "))?",
                this::weekday));
        r.add(rule("(?:(?:early|late|laat)\\s+)?(?<dw>" + dw + ")(?<dp>" + dp + ")?(?:\\s+(?<dp2>" + dp + "))?", this::dayword));
        r.add(rule("(?<rel>" + rel + ")\\s+(?<dp>" + dp + ")", this::thisDaypart));
        r.add(rule("(?:(?<part>" + part + ")\\s+|(?:earlier|later|eerder|later)\\s+)?(?<rel>" + rel + ")\\s+(?<u>" + unit + "|" + season + ")(?:\\s+(?<s>" + season + "))?",
                this::relative));
        r.add(digitRule("(?:(?:de|het|the)\\s+)?(?<s>" + season + ")\\s+(?:(?:van|of)\\s+)?(?<y>\\d{4})", this::season));
        r.add(rule("(?:(?<ap>" + approx + ")\\s+)?(?<n>" + few + "|" + NUM + ")\\s+(?<u>" + unit + ")\\s+(?<ago>" + ago + ")", this::ago));
        r.add(rule("(?<n>" + few + "|" + NUM + ")\\s+(?<u>" + unit + ")\\s+(?<ev>" + evrel + ")", this::eventRelative));
        r.add(digitRule("(?:(?<part>" + part + ")[\\s-]+(?:(?:of|van)\\s+)?)?(?:fiscal\\s+)?(?<y>(?:1[89]|20)\\d{2})(?![.,]\\d|\\s*[-–/]\\s*\\d|\\s*(?:euro|dollar|procent|percent|%))",
                this::year));
        if (en) {
            r.add(digitRule("(?:the\\s+)?(?<dec>(?:1[89]|20)\\d)0s", m -> new TimeSpec(TimeSpec.Kind.DECADE,
                    Integer.parseInt(m.group("dec")), null, null, null, null, null, null, "DE", 0, null, null, false, false)));
        }
        r.add(rule("(?:(?:the\\s+|de\\s+)?(?<rel>past|last|next|coming|afgelopen|komende|laatste|volgende|first|eerste)\\s+|the\\s+|de\\s+)?(?<n>" + few + "|" + NUM
                + "|een|a|an)\\s+(?:more\\s+)?(?<u>" + unit + ")", this::duration));
        r.add(rule("(?<r>" + lex.alternation("ref") + ")", m -> new TimeSpec(TimeSpec.Kind.REF, null, null, null, null, null, null,
                null, null, 0, lex.value("ref", m.group("r")), null, false, false)));
        if (en) {
            r.add(digitRule("(?<h>\\d{1,2})(?::(?<mi>\\d{2}))?\\s*(?<ap>[ap])\\.?m\\.?", this::clock));
            r.add(rule("(?:the\\s+)?(?<q>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|\\s+)quarter(?:\\s+of\\s+(?<y>\\d{4}))?", this::quarter));
            r.add(rule("(?<w>the|this|the\\s+latest|the\\s+current|the\\s+same)\\s+quarter", m -> new TimeSpec(TimeSpec.Kind.QUARTER,
                    null, null, null, null, null, null, null, null, m.group("w").matches("(?i)this|the\\s+current") ? 0 : -1, null, null,
                    false, false)));
            r.add(rule("year-(?:earlier|ago)", m -> new TimeSpec(TimeSpec.Kind.RELATIVE, null, null, null, null, null, null, null, "Y",
                    -1, null, null, false, false)));
            r.add(rule("(?<n>\\d+|\\p{L}+)-(?<u>year|month|week|day|hour|minute)(?:-long)?(?!-old)", this::duration));
            r.add(rule("(?:(?:the\\s+)?(?:recent|past|last|coming|next|several|many)\\s+)?(?<u>days|weeks|months|years|hours|decades)",
                    m -> new TimeSpec(TimeSpec.Kind.DURATION, null, null, null, null, null, null, null,
                            lex.value("unit", m.group("u")), 0, null, null, true, false)));
        } else {
            r.add(digitRule("(?<h>\\d{1,2})[.:](?<mi>\\d{2})\\s*uur", this::clock));
            r.add(digitRule("(?<=om\\s)(?<h>\\d{1,2})\\s*uur", this::clock));
            r.add(rule("(?:het\\s+)?(?<q>eerste|tweede|derde|vierde)\\s+kwartaal(?:\\s+van\\s+(?<y>\\d{4}))?", this::quarter));
        }
        return r;
    }

    private static Rule rule(String regex, Function<Matcher, TimeSpec> build) {
        return new Rule(Pattern.compile(B + regex + E, FLAGS), build, false);
    }

    /** A rule whose every match holds an ASCII digit ({@code \\d} outside any optional part). */
    private static Rule digitRule(String regex, Function<Matcher, TimeSpec> build) {
        return new Rule(Pattern.compile(B + regex + E, FLAGS), build, true);
    }

    private TimeSpec date(Matcher m) {
        String monthWord = m.group("m");
        Integer month = monthWord.chars().allMatch(Character::isDigit) ? Integer.valueOf(monthWord)
                : Integer.valueOf(lex.value("month", monthWord));
        if (lex.language().equals("en") && Character.isLowerCase(monthWord.charAt(0))) {
            return null;
        }
        Integer day = group(m, "d").map(Integer::valueOf).orElse(null);
        Integer year = group(m, "y").map(Integer::valueOf).orElse(null);
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) {
            return null;
        }
        return TimeSpec.date(year, month, day, group(m, "part").map(p -> lex.value("part", p)).orElse(null));
    }

    /** A holiday on a fixed date ("Kerstmis": 12-25) or on the nth weekday of a month ("Thanksgiving": 11-TH4). */
    private TimeSpec holiday(Matcher m) {
        String[] v = lex.value("holiday", m.group("h")).split("-");
        Integer year = group(m, "y").map(Integer::valueOf).orElse(null);
        int month = Integer.parseInt(v[0]);
        if (v[1].startsWith("TH")) {
            return new TimeSpec(TimeSpec.Kind.DATE, year, month, null, 4, null, null, null, "NTH", Integer.parseInt(v[1].substring(2)),
                    null, null, false, false);
        }
        return TimeSpec.date(year, month, Integer.parseInt(v[1]), null);
    }

    private TimeSpec relativeMonth(Matcher m) {
        String monthWord = m.group("m");
        if (lex.language().equals("en") && Character.isLowerCase(monthWord.charAt(0))) {
            return null;
        }
        int shift = Integer.parseInt(lex.value("rel", m.group("rel")));
        return new TimeSpec(TimeSpec.Kind.DATE, null, Integer.valueOf(lex.value("month", monthWord)), null, null, null, null, null,
                "M", shift, null, null, false, shift > 0);
    }

    private TimeSpec weekday(Matcher m) {
        int weekday = Integer.parseInt(lex.value("weekday", m.group("wd")));
        int shift = group(m, "rel").map(s -> Integer.parseInt(lex.value("rel", s))).orElse(0);
        String unit = group(m, "wk").isPresent() ? "W" : null;
        String daypart = daypart(m);
        return new TimeSpec(TimeSpec.Kind.WEEKDAY, null, null, null, weekday, null, null, null, unit, shift, null, daypart,
                false, false);
    }

    private TimeSpec dayword(Matcher m) {
        String[] v = lex.value("dayword", m.group("dw")).split(":");
        String daypart = v.length > 1 ? v[1] : daypart(m);
        return new TimeSpec(TimeSpec.Kind.DAY_OFFSET, null, null, null, null, null, null, null, "D",
                Integer.parseInt(v[0]), null, daypart, false, false);
    }

    private TimeSpec thisDaypart(Matcher m) {
        int rel = Integer.parseInt(lex.value("rel", m.group("rel")));
        String daypart = lex.value("daypart", m.group("dp"));
        int shift = rel < 0 && "NI".equals(daypart) ? -1 : rel == 0 ? 0 : Integer.MIN_VALUE;
        if (shift == Integer.MIN_VALUE) {
            return null;
        }
        return new TimeSpec(TimeSpec.Kind.DAY_OFFSET, null, null, null, null, null, null, null, "D", shift, null, daypart,
                false, false);
    }

    private TimeSpec relative(Matcher m) {
        String u = m.group("u");
        int shift = Integer.parseInt(lex.value("rel", m.group("rel")));
        String part = group(m, "part").map(p -> lex.value("part", p)).orElse(null);
        if (lex.has("season", u)) {
            return new TimeSpec(TimeSpec.Kind.SEASON, null, null, null, null, null, null, null, null, shift,
                    lex.value("season", u), null, false, false);
        }
        if (PLURAL_UNITS.contains(u.toLowerCase(Locale.ROOT))) {
            return null;
        }
        String season = group(m, "s").map(s -> lex.value("season", s)).orElse(null);
        return new TimeSpec(season != null ? TimeSpec.Kind.SEASON : TimeSpec.Kind.RELATIVE, null, null, null, null, null,
                null, null, lex.value("unit", u), shift, season != null ? season : part, null, false, false);
    }

    private TimeSpec season(Matcher m) {
        return new TimeSpec(TimeSpec.Kind.SEASON, Integer.valueOf(m.group("y")), null, null, null, null, null, null, null, 0,
                lex.value("season", m.group("s")), null, false, false);
    }

    private TimeSpec ago(Matcher m) {
        Optional<Double> n = amount(m.group("n"));
        if (n == null) {
            return null;
        }
        int sign = Integer.parseInt(lex.value("ago", m.group("ago")));
        return new TimeSpec(TimeSpec.Kind.AGO, null, null, null, null, null, null, n.orElse(null), lex.value("unit", m.group("u")),
                sign, null, null, true, false);
    }

    private TimeSpec eventRelative(Matcher m) {
        Optional<Double> n = amount(m.group("n"));
        if (n == null) {
            return null;
        }
        return new TimeSpec(TimeSpec.Kind.EVENT_RELATIVE, null, null, null, null, null, null, n.orElse(null),
                lex.value("unit", m.group("u")), Integer.parseInt(lex.value("eventrel", m.group("ev"))), null, null, true, false);
    }

    private TimeSpec year(Matcher m) {
        int y = Integer.parseInt(m.group("y"));
        if (y < 1800 || y > 2100) {
            return null;
        }
        return TimeSpec.date(y, null, null, group(m, "part").map(p -> lex.value("part", p)).orElse(null));
    }

    private TimeSpec duration(Matcher m) {
        Optional<Double> n = amount(m.group("n"));
        if (n == null) {
            return null;
        }
        return new TimeSpec(TimeSpec.Kind.DURATION, null, null, null, null, null, null, n.orElse(null),
                lex.value("unit", m.group("u")), 0, null, null, n.isEmpty(), false);
    }

    private TimeSpec clock(Matcher m) {
        int h = Integer.parseInt(m.group("h"));
        int mi = group(m, "mi").map(Integer::valueOf).orElse(0);
        Optional<String> ap = group(m, "ap");
        if (ap.isPresent()) {
            if (h < 1 || h > 12) {
                return null;
            }
            h = h % 12 + (ap.get().equalsIgnoreCase("p") ? 12 : 0);
        }
        if (h > 23 || mi > 59) {
            return null;
        }
        return new TimeSpec(TimeSpec.Kind.TIME, null, null, null, null, h, mi, null, null, 0, null, null, false, false);
    }

    private TimeSpec quarter(Matcher m) {
        String q = m.group("q").toLowerCase(Locale.ROOT);
        Integer n = QUARTERS.get(q);
        if (n == null) {
            return null;
        }
        Integer year = group(m, "y").map(Integer::valueOf).orElse(null);
        return new TimeSpec(TimeSpec.Kind.QUARTER, year, null, null, null, null, null, null, null, 0, "Q" + n, null, false, false);
    }

    /** The amount of a unit: present for a number, empty for a vague word ("enkele"), null when not an amount. */
    private Optional<Double> amount(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (lex.has("few", w)) {
            return Optional.empty();
        }
        if (w.equals("a") || w.equals("an") || w.equals("een")) {
            return Optional.of(1.0);
        }
        Optional<NumberWords.Value> v = numbers.parse(word).filter(x -> !x.vague());
        return v.isEmpty() ? null : Optional.of(v.get().value());
    }

    private String daypart(Matcher m) {
        return group(m, "dp").or(() -> group(m, "dp2")).map(d -> lex.value("daypart", d)).orElse(null);
    }

    private static Optional<String> group(Matcher m, String name) {
        try {
            return Optional.ofNullable(m.group(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
