package org.excoord.authority;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A risk an authority creates for an org unit. */
@Entity
@Table(name = "risk_item")
public class RiskItem extends Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    protected RiskItem() {
    }

    public RiskItem(FindingDetails details, Instant now) {
        super(details, now);
    }

    @Override
    public Long getId() {
        return id;
    }
}
