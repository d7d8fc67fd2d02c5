package jp.mynacard.area;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The nation, a prefecture or a municipality. */
@Entity
public class Area extends PanacheEntityBase {

    @Id
    public String code;
    public String level;
    @Column(name = "parent_code")
    public String parentCode;
    @Column(name = "name_ja")
    public String nameJa;
    @Column(name = "name_en")
    public String nameEn;
    @Column(name = "region_ja")
    public String regionJa;
    @Column(name = "region_en")
    public String regionEn;
}
