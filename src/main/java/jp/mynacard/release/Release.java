package jp.mynacard.release;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One imported table set (vintage). */
@Entity
public class Release extends PanacheEntityBase {

    @Id
    public long id;
    public String name;
    public String format;
    @Column(name = "reference_date")
    public LocalDate referenceDate;
    public String publisher;
    public String title;
    public String url;
    public String checksum;
    public String[] files;
    @Column(name = "observation_count")
    public int observationCount;
    /** When the publisher published it, where known; else each figure counts as published on its reference date. */
    @Column(name = "published_on")
    public LocalDate publishedOn;
    @Column(name = "imported_at")
    public OffsetDateTime importedAt;
    @Column(name = "retracted_at")
    public OffsetDateTime retractedAt;
    @Column(name = "retraction_reason")
    public String retractionReason;
}
