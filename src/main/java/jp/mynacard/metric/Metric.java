package jp.mynacard.metric;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** A catalog entry: what a metric id means. */
@Entity
public class Metric {

    @Id
    public String id;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "name_ja")
    public String nameJa;
    @Column(name = "name_en")
    public String nameEn;
    public String unit;
    public String category;
    public String service;
    public String definition;
    @Column(name = "definition_notes")
    public String definitionNotes;
    /** For a rate: the metric of its numerator. */
    @Column(name = "numerator_metric_id")
    public String numeratorMetricId;
}
