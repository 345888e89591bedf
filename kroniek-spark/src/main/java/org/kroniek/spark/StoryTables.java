package org.kroniek.spark;

import java.util.List;
import java.util.stream.Collectors;
import org.kroniek.merge.Contradiction;
import org.kroniek.merge.EventInstance;
import org.kroniek.merge.EventMention;
import org.kroniek.merge.Story;

/**
 * The flat tables of stage 2, one row per story, per (story, article), per event instance and per
 * contradiction, from what {@link org.kroniek.merge.StoryIndex} gives. Lists are joined with
 * {@code ,} in the index's own order (articles earliest first, outlets and languages sorted,
 * mentions in the instance's order).
 */
final class StoryTables {
    private StoryTables() {
    }

    static final Table<Story> STORIES = Table.<Story>named("stories")
            .string("story_id", Story::id)
            .string("title", Story::title)
            .integer("articles", s -> s.articles().size())
            .string("article_ids", s -> String.join(",", s.articles()))
            .string("outlets", s -> String.join(",", s.outlets()))
            .string("languages", s -> String.join(",", s.languages()))
            .integer("sources", Story::sources)
            .integer("events", s -> s.events().size())
            .build();

    /** One row per member article, in the story's order ({@code position} 0 is the earliest). */
    static final Table<Member> STORY_ARTICLES = Table.<Member>named("story_articles")
            .string("story_id", m -> m.story().id())
            .string("article_id", Member::article)
            .integer("position", Member::position)
            .build();

    static final Table<EventInstance> STORY_EVENTS = Table.<EventInstance>named("story_events")
            .string("event_id", EventInstance::id)
            .string("story_id", EventInstance::story)
            .string("plover_type", e -> e.type().name())
            .string("actor", EventInstance::actor)
            .string("recipient", EventInstance::recipient)
            .string("location", EventInstance::location)
            .string("dates", EventInstance::dates)
            .bool("negated", EventInstance::negated)
            .bool("hypothetical", EventInstance::hypothetical)
            .integer("articles", e -> e.articles().size())
            .string("article_ids", e -> String.join(",", e.articles()))
            .integer("sources", EventInstance::sources)
            .string("mention_ids", e -> e.mentions().stream().map(EventMention::key).collect(Collectors.joining(",")))
            .build();

    static final Table<Contradiction> CONTRADICTIONS = Table.<Contradiction>named("contradictions")
            .string("kind", c -> c.kind().label())
            .string("reason", Contradiction::reason)
            .string("first_article", c -> c.first().article())
            .string("first_item", c -> c.first().item())
            .string("first_evidence", c -> c.first().evidence())
            .string("second_article", c -> c.second().article())
            .string("second_item", c -> c.second().item())
            .string("second_evidence", c -> c.second().evidence())
            .build();

    /** An article's place in a story. */
    record Member(Story story, String article, int position) {
        static List<Member> of(Story s) {
            return java.util.stream.IntStream.range(0, s.articles().size())
                    .mapToObj(i -> new Member(s, s.articles().get(i), i)).toList();
        }
    }
}
