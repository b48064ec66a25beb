package org.reviewdesk.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The last request number handed out in one performance year. */
@Entity
@Table(name = "request_counter")
class RequestCounter {

    @Id
    @Column(name = "performance_year")
    private int performanceYear;

    @Column(name = "last_number", nullable = false)
    private int lastNumber;

    protected RequestCounter() {}

    RequestCounter(int performanceYear) {
        this.performanceYear = performanceYear;
    }

    int advance() {
        return ++lastNumber;
    }
}
