package org.excoord.authority;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** How an authority affects an org unit. */
@Entity
@Table(name = "impact")
public class Impact extends Finding {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_seq")
    @SequenceGenerator(name = "authority_seq", sequenceName = "authority_seq", allocationSize = 50)
    private Long id;

    protected Impact() {
    }

    public Impact(FindingDetails details, Instant now) {
        super(details, now);
    }

    @Override
    public Long getId() {
        return id;
    }
}
