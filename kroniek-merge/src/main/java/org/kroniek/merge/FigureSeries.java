package org.kroniek.merge;

import java.util.List;
import org.kroniek.record.FigureKind;

/** The figures of one kind reported for one place, sorted by date: how a toll evolved and who said what. */
public record FigureSeries(String location, String locationName, FigureKind kind, List<FigurePoint> points) {
    public FigureSeries {
        points = List.copyOf(points);
    }
}
