package jp.mynacard.release;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Where figures come from: a publication, with its publisher and address. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String id;
    public String title;
    public String publisher;
    public String url;
    public String reliability;
    public String notes;

    public SourceTier tier() {
        return SourceTier.of(reliability);
    }
}
