package org.kroniek.pipeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.kroniek.text.Article;
import org.kroniek.text.ArticleId;

/**
 * One article on its way through the pipeline: the article, its id and the layers the stages
 * have written so far. A document belongs to one thread at a time.
 */
public final class Document {
    static final int MAX_PROBLEMS = 20;

    private final Article article;
    private final String id;
    private final Map<Layer<?>, Object> layers = new IdentityHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public Document(Article article) {
        this.article = Objects.requireNonNull(article, "article");
        this.id = ArticleId.of(article.text());
    }

    public Article article() {
        return article;
    }

    public String id() {
        return id;
    }

    public String text() {
        return article.text();
    }

    /** The article's language code, or {@code "und"} when unknown. */
    public String language() {
        return article.language() == null ? "und" : article.language();
    }

    public <T> void put(Layer<T> layer, T value) {
        Objects.requireNonNull(value, layer.name());
        if (!layer.type().isInstance(value)) {
            throw new IllegalArgumentException(layer + " takes " + layer.type().getSimpleName()
                    + ", not " + value.getClass().getSimpleName());
        }
        layers.put(layer, value);
    }

    @SuppressWarnings("unchecked")
    public <T> Optional<T> get(Layer<T> layer) {
        return Optional.ofNullable((T) layers.get(layer));
    }

    /** The layer's value; fails when an earlier stage should have written it and did not. */
    public <T> T require(Layer<T> layer) {
        return get(layer).orElseThrow(() -> new IllegalStateException(layer + " missing: is its stage in the pipeline?"));
    }

    /** The list layer's value, or an empty list when no stage wrote it. */
    public <E> List<E> list(Layer<List<E>> layer) {
        return get(layer).orElse(List.of());
    }

    /** Notes something that went wrong; kept up to a cap, so a pathological document stays small. */
    public void problem(String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(message);
        }
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }
}
