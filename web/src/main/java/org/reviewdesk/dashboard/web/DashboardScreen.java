package org.reviewdesk.dashboard.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.ItemSelectEvent;
import org.reviewdesk.dashboard.Dashboard;
import org.reviewdesk.dashboard.Drill;
import org.reviewdesk.dashboard.Figure;
import org.reviewdesk.web.Pages;

/**
 * The supervisor's dashboard: each figure of {@link Dashboard} as a chart, the table of its numbers
 * and a CSV download; a click on a bar, or on a number of the table, opens the queue or search
 * that lists the cases it counts.
 */
@Named
@ViewScoped
public class DashboardScreen implements Serializable {

    /** The suffix of a chart's component ID after its figure's name: "open-by-reviewer-chart". */
    static final String CHART = "-chart";

    @EJB
    Dashboard dashboard;

    private final Map<String, Figure> figures = new LinkedHashMap<>();
    private List<Integer> years = List.of();
    private Integer reasonsYear;

    @PostConstruct
    void load() {
        figures.put("open-by-reviewer", dashboard.openCasesByReviewer());
        figures.put("aging", dashboard.agingOfOpenCases());
        figures.put("by-week", dashboard.requestsByWeek());
        figures.put("outcomes", dashboard.outcomesByYear());
        figures.put("documentation", dashboard.documentationRequests());
        years = dashboard.yearsWithOutcomes();
        if (reasonsYear == null && !years.isEmpty()) {
            reasonsYear = years.getFirst();
        }
        showReasons();
    }

    /** The year menu of the denial reasons chart changed. */
    public void showReasons() {
        if (reasonsYear != null) {
            figures.put("denial-reasons", dashboard.topDenialReasons(reasonsYear));
        }
    }

    public Figure figure(String name) {
        return figures.get(name);
    }

    public String chart(String name) {
        return ChartConfig.bars(figures.get(name), name.equals("denial-reasons"));
    }

    /** A bar was clicked: the chart's ID names its figure, the event the row and series. */
    public void open(ItemSelectEvent event) {
        String id = event.getComponent().getId();
        Figure figure = figures.get(id.substring(0, id.length() - CHART.length()));
        if (figure == null
                || event.getItemIndex() < 0
                || event.getItemIndex() >= figure.rows().size()
                || event.getDataSetIndex() < 0
                || event.getDataSetIndex() >= figure.series().size()) {
            return;
        }
        Pages.redirect(path(figure.rows()
                .get(event.getItemIndex())
                .tallies()
                .get(event.getDataSetIndex())
                .drill()));
    }

    /** Where a number leads, as a path of the application: the queue screen with its filters, or the search with its query. */
    public String path(Drill drill) {
        if (drill.queue() == null) {
            return "/reviewer/search.xhtml?q=" + URLEncoder.encode(drill.search(), StandardCharsets.UTF_8);
        }
        return "/reviewer/home.xhtml?queue=" + drill.queue().name()
                + (drill.reviewer() == null
                        ? ""
                        : "&reviewer=" + URLEncoder.encode(drill.reviewer(), StandardCharsets.UTF_8));
    }

    public void download(String name) throws IOException {
        Figure figure = figures.get(name);
        Pages.download(figure.csv(), "text/csv; charset=UTF-8", "review-desk-" + figure.id() + ".csv");
    }

    public List<Integer> getYears() {
        return years;
    }

    public Integer getReasonsYear() {
        return reasonsYear;
    }

    public void setReasonsYear(Integer reasonsYear) {
        this.reasonsYear = reasonsYear;
    }
}
