package org.reviewdesk.dashboard.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.reviewdesk.dashboard.Figure;

/**
 * A figure as the Chart.js configuration {@code p:chart} takes (PrimeFaces 15 renders Chart.js 4
 * from its own resources: nothing is fetched from a CDN). Bars without animation, whole-number
 * axes, and colours with at least 3:1 contrast against the white page (WCAG 1.4.11).
 */
final class ChartConfig {

    /** Blue, orange and grey: told apart without colour vision too, by the legend's order and the table. */
    private static final List<String> COLOURS = List.of("#1f5fa8", "#b04a00", "#5b6770");

    private ChartConfig() {}

    /** @param horizontal bars along the x axis, for long labels (denial reasons) */
    static String bars(Figure figure, boolean horizontal) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        figure.labels().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int series = 0; series < figure.series().size(); series++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            figure.counts(series).forEach(data::add);
            datasets.add(Json.createObjectBuilder()
                    .add("label", figure.series().get(series))
                    .add("data", data)
                    .add("backgroundColor", COLOURS.get(series % COLOURS.size())));
        }
        JsonObjectBuilder counts = Json.createObjectBuilder()
                .add("beginAtZero", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", Json.createObjectBuilder().add(horizontal ? "x" : "y", counts))
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add(
                                        "legend",
                                        Json.createObjectBuilder()
                                                .add("display", figure.series().size() > 1)));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }
}
