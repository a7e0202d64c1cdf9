package io.github.tahsilat.internal.dunning;

import io.github.tahsilat.company.Company;
import io.github.tahsilat.dunning.DunningBlock;
import io.github.tahsilat.internal.persistence.ChargeBalance;
import io.github.tahsilat.internal.persistence.DunningClaim;
import io.github.tahsilat.internal.persistence.StoredPromise;
import io.github.tahsilat.invoice.InvoiceId;
import io.github.tahsilat.notice.FeeLine;
import io.github.tahsilat.notice.InterestLine;
import io.github.tahsilat.notice.Notice;
import io.github.tahsilat.service.OpenItem;
import io.github.tahsilat.service.dunning.ChargeInvoice;
import io.github.tahsilat.service.dunning.ChargeWriteOff;
import io.github.tahsilat.service.dunning.DeliveryFailure;
import io.github.tahsilat.service.dunning.DunningRunRequest;
import io.github.tahsilat.service.dunning.DunningRunResult;
import io.github.tahsilat.service.dunning.Exclusion;
import io.github.tahsilat.service.dunning.ExclusionReason;
import io.github.tahsilat.service.dunning.HandOver;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The notices, fees, exclusions and failures that one run collects. Not thread-safe. */
final class Run {

    final Company company;
    final DunningRunRequest request;
    final List<Notice> notices = new ArrayList<>();
    final List<FeeLine> fees = new ArrayList<>();
    final List<InterestLine> interest = new ArrayList<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    final List<DeliveryFailure> failures = new ArrayList<>();
    final List<ChargeWriteOff> writeOffs = new ArrayList<>();
    final List<HandOver> handOvers = new ArrayList<>();
    final List<ChargeInvoice> chargeInvoices = new ArrayList<>();

    /** The selected items whose principal is settled, with their open charges. */
    final Map<InvoiceId, ChargeBalance> chargesOnly = new HashMap<>();

    /** The items of payment plans still active after the plans were judged for this run. */
    final Set<InvoiceId> inPaymentPlan = new HashSet<>();

    /**
     * The claims stored for each selectable item when the run selected, by item id, read in one
     * call of the store. An item without claims is absent.
     */
    final Map<UUID, List<DunningClaim>> storedClaims = new HashMap<>();

    /** The blocks of the selectable items, by item id, read with {@link #storedClaims}. */
    final Map<UUID, List<DunningBlock>> blocks = new HashMap<>();

    /** The open promises of the selectable items, by item id, read with {@link #storedClaims}. */
    final Map<UUID, List<StoredPromise>> openPromises = new HashMap<>();

    Run(Company company, DunningRunRequest request) {
        this.company = company;
        this.request = request;
    }

    /** Returns the item's claims stored when the run selected, in level order. */
    List<DunningClaim> storedClaimsOf(InvoiceId itemId) {
        return storedClaims.getOrDefault(itemId.value(), List.of());
    }

    void exclude(OpenItem item, ExclusionReason reason) {
        exclusions.add(new Exclusion(item.invoiceId(), item.counterpartyId(), reason));
    }

    DunningRunResult result() {
        return new DunningRunResult(
                request.runKey(),
                request.asOf(),
                request.dryRun(),
                notices,
                fees,
                interest,
                exclusions,
                failures,
                writeOffs,
                handOvers,
                chargeInvoices);
    }
}
