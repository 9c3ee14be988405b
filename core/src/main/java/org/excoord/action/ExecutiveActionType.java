package org.excoord.action;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** An administrable type of executive action ("Congressional Inquiries", "Executive Orders", …) in a category. */
@Entity
@Table(name = "executive_action_type")
public class ExecutiveActionType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "misc_seq")
    @SequenceGenerator(name = "misc_seq", sequenceName = "misc_seq", allocationSize = 50)
    private Long id;

    @Size(max = 100)
    @CleanText
    private String name;
    @Size(max = 500)
    @CleanText
    private String description;
    @Enumerated(EnumType.STRING)
    private ActionCategory category;

    protected ExecutiveActionType() {
    }

    public ExecutiveActionType(String name, String description, ActionCategory category) {
        this.name = name;
        this.description = description;
        this.category = category;
    }

    public Long getId() { return id; }
    public String getName() { return name; }
    public String getDescription() { return description; }
    public ActionCategory getCategory() { return category; }
}
