package org.reviewdesk.it.browser;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.reviewdesk.it.ProbeAccess;
import org.reviewdesk.it.TestDeployments;

/**
 * Test-only endpoint of {@link DashboardIT} (never shipped: {@link TestDeployments#withProbe} adds it): the test's own
 * count of the cases, in plain SQL on the tables, written apart from the dashboard's JPQL so that the two can disagree.
 * {@code GET /test-probe/dashboard} answers {@code name=value} lines:
 * <ul>
 *   <li>{@code open.<display name>}: cases in review assigned to that person, {@code open.Unassigned} the others;</li>
 *   <li>{@code open}: every case in review;</li>
 *   <li>{@code outcome.PY<year>.<status>}: approved, denied and withdrawn cases per performance year;</li>
 *   <li>{@code denied.PY<year>.<reason code>}: denied cases per year and reason.</li>
 * </ul>
 */
@WebServlet(urlPatterns = DashboardProbe.PATH)
public class DashboardProbe extends HttpServlet {

    static final String PATH = "/test-probe/dashboard";

    @PersistenceUnit
    EntityManagerFactory persistence;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (ProbeAccess.refusedUnlessLoopback(request, response)) {
            return;
        }
        Properties counts = new Properties();
        EntityManager em = persistence.createEntityManager();
        try {
            for (Object[] row : rows(
                    em,
                    "SELECT COALESCE(u.display_name, 'Unassigned'), COUNT(*) FROM review_request r"
                            + " LEFT JOIN user_account u ON u.username = r.assigned_reviewer WHERE r.status = 'SUBMITTED_IN_REVIEW'"
                            + " GROUP BY COALESCE(u.display_name, 'Unassigned')")) {
                counts.setProperty("open." + row[0], String.valueOf(((Number) row[1]).longValue()));
            }
            counts.setProperty(
                    "open",
                    String.valueOf(((Number) em.createNativeQuery(
                                            "SELECT COUNT(*) FROM review_request WHERE status = 'SUBMITTED_IN_REVIEW'")
                                    .getSingleResult())
                            .longValue()));
            for (Object[] row : rows(
                    em,
                    "SELECT performance_year, status, COUNT(*) FROM review_request"
                            + " WHERE status IN ('APPROVED', 'DENIED', 'WITHDRAWN') AND submitted_at IS NOT NULL GROUP BY performance_year, status")) {
                counts.setProperty("outcome.PY" + row[0] + "." + row[1], String.valueOf(((Number) row[2]).longValue()));
            }
            for (Object[] row : rows(
                    em,
                    "SELECT performance_year, decision_reason, COUNT(*) FROM review_request"
                            + " WHERE status = 'DENIED' GROUP BY performance_year, decision_reason")) {
                counts.setProperty("denied.PY" + row[0] + "." + row[1], String.valueOf(((Number) row[2]).longValue()));
            }
        } finally {
            em.close();
        }
        response.setContentType("text/plain; charset=UTF-8");
        counts.store(response.getWriter(), "Counted by " + DashboardProbe.class.getSimpleName());
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(EntityManager em, String sql) {
        return em.createNativeQuery(sql).getResultList();
    }
}
