package jp.mynacard.stats.usage;

import java.util.Arrays;
import java.util.Optional;

/** The services the card is used for, as the service-usage metrics name them. */
public enum CardService {
    HEALTH_INSURANCE("health-insurance", "マイナ保険証（健康保険証としての利用）", "Health insurance card"),
    PUBLIC_FUND_ACCOUNT("public-fund-account", "公金受取口座", "Public-fund receiving account"),
    CONVENIENCE_STORE_CERTIFICATES("convenience-store-certificates", "コンビニ交付", "Certificates at convenience stores"),
    E_TAX("e-tax", "e-Tax（国税電子申告）", "e-Tax (online tax returns)"),
    MYNAPORTAL("mynaportal", "マイナポータル", "Mynaportal");

    private final String id;
    private final String nameJa;
    private final String nameEn;

    CardService(String id, String nameJa, String nameEn) {
        this.id = id;
        this.nameJa = nameJa;
        this.nameEn = nameEn;
    }

    public String id() {
        return id;
    }

    public String nameJa() {
        return nameJa;
    }

    public String nameEn() {
        return nameEn;
    }

    public static Optional<CardService> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
