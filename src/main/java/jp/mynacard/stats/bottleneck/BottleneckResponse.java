package jp.mynacard.stats.bottleneck;

import jp.mynacard.common.Label;
import jp.mynacard.stats.ResponseMeta;
import com.fasterxml.jackson.annotation.JsonInclude;
import jp.mynacard.area.AreaView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Applications beside cards issued and held, on the dates where both were published. */
@Schema(name = "BottleneckResponse", requiredProperties = {"area", "method", "caveats", "data", "applicationsOnly", "meta"})
public record BottleneckResponse(AreaView area,
                                 @Schema(description = "How the answer was computed.") String method,
                                 @Schema(description = "What the figures count, from the metric catalog: read before "
                                         + "comparing them.") List<String> caveats,
                                 List<Row> data,
                                 @Schema(description = "Dates with a figure of applications but none of cards issued or "
                                         + "held: not compared, never filled.") List<LocalDate> applicationsOnly,
                                 ResponseMeta meta) {

    static final String METHOD = "Rows: the dates on which the area has a figure of applications and one of cards issued "
            + "or cards held (each one per date, of `source` or else by source precedence; figures of different dates are "
            + "never paired, filled or interpolated). applicationsAheadOfIssued = applications - cardsIssued; "
            + "issuedPerApplication = cardsIssued / applications and heldPerApplication = cardsHeld / applications, "
            + "rounded half-even to 4 decimals. applicationsAdded and cardsIssuedAdded: the change since the previous row "
            + "with both (previousDate); where applications grew faster than cards issued, the queue grew. Each figure "
            + "names its source: rows can mix publishers, and their rounding (see caveats).";

    /** One date with applications and cards issued or held. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "BottleneckRow", requiredProperties = {"date", "applications", "applicationsSource"})
    public record Row(@Schema(examples = "2022-08-31") @Label("基準日") LocalDate date,
                      @Schema(examples = "64060000") @Label("申請件数") BigDecimal applications,
                      @Schema(examples = "DAREPORT2023") @Label("申請件数の出典") String applicationsSource,
                      @Schema(examples = "59660827") @Label("交付枚数") BigDecimal cardsIssued,
                      @Schema(examples = "C4J") @Label("交付枚数の出典") String cardsIssuedSource,
                      @Schema(examples = "89040000") @Label("保有枚数") BigDecimal cardsHeld,
                      @Schema(examples = "DAREPORT2023") @Label("保有枚数の出典") String cardsHeldSource,
                      @Schema(examples = "4399173") @Label("申請件数と交付枚数の差") BigDecimal applicationsAheadOfIssued,
                      @Schema(examples = "0.9313") @Label("申請1件あたりの交付枚数") BigDecimal issuedPerApplication,
                      @Schema(examples = "0.9123") @Label("申請1件あたりの保有枚数") BigDecimal heldPerApplication,
                      @Schema(examples = "2021-06-06") @Label("前回の基準日") LocalDate previousDate,
                      @Schema(examples = "14059524") @Label("前回からの申請件数の増加") BigDecimal applicationsAdded,
                      @Schema(examples = "18812628") @Label("前回からの交付枚数の増加") BigDecimal cardsIssuedAdded) {
    }
}
