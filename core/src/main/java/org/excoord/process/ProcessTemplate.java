package org.excoord.process;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A reusable process: its top-level steps run in {@code substepOrder}. */
@Entity
@Table(name = "process_template")
public class ProcessTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "process_seq")
    @SequenceGenerator(name = "process_seq", sequenceName = "process_seq", allocationSize = 50)
    private Long id;

    @Size(max = 200)
    @CleanText
    private String name;
    @Size(max = 100_000)
    @CleanText(multiline = true)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(name = "substep_order")
    private SubstepOrder substepOrder;

    protected ProcessTemplate() {
    }

    public ProcessTemplate(String name, String description, SubstepOrder substepOrder) {
        this.name = name;
        this.description = description;
        this.substepOrder = substepOrder;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public SubstepOrder getSubstepOrder() { return substepOrder; }
}
