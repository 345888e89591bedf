package org.kroniek.store;

import java.util.Map;

/**
 * One search hit. {@code id} is the article id for articles, {@code ARTICLE-LOCAL} (such as
 * {@code 3fa2...-c1}) for claims and events, and the canonical entity key for entities;
 * {@code data} holds what lists and maps show of the document (speaker, status, coordinates ...).
 */
public record SearchHit(String id, DocType type, String article, String title, String date, String snippet,
                        Map<String, Object> data) {
}
