package org.kroniek.ingest.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.kroniek.text.Block;

/**
 * The paragraphs and headings of an HTML element, without navigation and other page furniture:
 * {@code nav}, {@code header}, {@code footer}, {@code aside}, forms, scripts, figures and
 * elements whose class or id marks them as sharing, related links, ads, comments or bylines are
 * dropped; short blocks that are mostly link text are dropped too.
 */
public final class HtmlBlocks {
    private static final String FURNITURE = "nav, header, footer, aside, form, button, script, style, noscript, "
            + "template, iframe, svg, figure, figcaption, select, [role=navigation], [role=banner], "
            + "[role=contentinfo], [role=complementary], [aria-hidden=true], [hidden]";
    private static final String[] FURNITURE_MARKS = {"share", "social", "related", "advert", "promo", "newsletter",
        "breadcrumb", "comment", "cookie", "byline", "subscribe", "paywall", "sidebar", "menu", "footer", "caption"};
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "td", "th", "div", "section", "article", "main", "ul", "ol", "table", "tr", "body", "br");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final int LINK_LIST_MAX_CHARS = 200;
    private static final int MAX_CHECKED_DEPTH = 64;

    private HtmlBlocks() {
    }

    /** The blocks of {@code root}'s text; {@code root} is copied, not changed. */
    public static List<Block> of(Element root, String title) {
        Element copy = root.clone();
        copy.select(FURNITURE).remove();
        for (Element e : copy.select("[class], [id]")) {
            if (isFurniture(e) && e != copy) {
                e.remove();
            }
        }
        List<Block> blocks = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        collect(copy, blocks, pending);
        flush(pending, blocks, false);
        if (title != null && !blocks.isEmpty() && blocks.get(0).heading()
                && blocks.get(0).text().strip().equalsIgnoreCase(title.strip())) {
            blocks.remove(0);
        }
        return blocks;
    }

    private static boolean isFurniture(Element e) {
        String marks = (e.className() + " " + e.id()).toLowerCase(java.util.Locale.ROOT);
        if (marks.isBlank() || HEADINGS.contains(e.tagName())) {
            return false;
        }
        for (String m : FURNITURE_MARKS) {
            if (marks.contains(m)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks the tree with an explicit stack: hostile pages nest tens of thousands of elements, which
     * would overflow the thread's stack. Below {@link #MAX_CHECKED_DEPTH} blocks are not tested for
     * link lists or bold subheads, since each test reads the block's whole subtree.
     */
    private static void collect(Element root, List<Block> blocks, StringBuilder pending) {
        Deque<Frame> stack = new ArrayDeque<>();
        stack.push(new Frame(root, false, 0));
        while (!stack.isEmpty()) {
            Frame frame = stack.peek();
            if (frame.next >= frame.element.childNodeSize()) {
                stack.pop();
                if (frame.block) {
                    flush(pending, blocks, false);
                }
                continue;
            }
            Node child = frame.element.childNode(frame.next++);
            if (child instanceof TextNode t) {
                pending.append(t.getWholeText());
            } else if (child instanceof Element e) {
                String tag = e.tagName();
                if (HEADINGS.contains(tag)) {
                    flush(pending, blocks, false);
                    pending.append(e.text());
                    flush(pending, blocks, true);
                } else if (tag.equals("br")) {
                    flush(pending, blocks, false);
                } else if (BLOCKS.contains(tag)) {
                    flush(pending, blocks, false);
                    boolean checked = frame.depth < MAX_CHECKED_DEPTH;
                    if (checked && isLinkList(e)) {
                        continue;
                    }
                    if (checked && isBoldHeading(e)) {
                        pending.append(e.text());
                        flush(pending, blocks, true);
                        continue;
                    }
                    stack.push(new Frame(e, true, frame.depth + 1));
                } else {
                    stack.push(new Frame(e, false, frame.depth + 1));
                }
            }
        }
    }

    /** An element being walked: the next child to visit, and whether leaving it ends a block. */
    private static final class Frame {
        final Element element;
        final boolean block;
        final int depth;
        int next;

        Frame(Element element, boolean block, int depth) {
            this.element = element;
            this.block = block;
            this.depth = depth;
        }
    }

    /** A paragraph that is nothing but one short bold phrase without final punctuation, as sites mark subheads. */
    private static boolean isBoldHeading(Element e) {
        if (!e.tagName().equals("p") || e.childrenSize() != 1) {
            return false;
        }
        Element only = e.child(0);
        String text = e.text();
        return (only.tagName().equals("strong") || only.tagName().equals("b")) && !text.isEmpty()
                && only.text().equals(text) && PlainBlocks.isHeading(text);
    }

    private static boolean isLinkList(Element e) {
        String text = e.text();
        if (text.isEmpty() || text.length() > LINK_LIST_MAX_CHARS) {
            return false;
        }
        Elements links = e.select("a");
        int linked = 0;
        for (Element a : links) {
            linked += a.text().length();
        }
        return linked * 10 >= text.length() * 8;
    }

    private static void flush(StringBuilder pending, List<Block> blocks, boolean heading) {
        String text = pending.toString().strip();
        pending.setLength(0);
        if (!text.isEmpty() && text.chars().anyMatch(Character::isLetterOrDigit)) {
            blocks.add(new Block(text, heading));
        }
    }
}
