package org.excoord.directory;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;

/** A named group of people that can be assigned work as a whole. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Size(max = 200)
    @CleanText
    private String name;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "owner_id")
    private Long ownerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "team_member", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "person_id")
    private Set<Long> memberIds = new HashSet<>();

    @Version
    private long version;

    protected Team() {
    }

    public Team(String name, Long orgUnitId, Long ownerId) {
        this.name = name;
        this.orgUnitId = orgUnitId;
        this.ownerId = ownerId;
    }

    public void addMember(Long personId) {
        memberIds.add(personId);
    }

    public boolean hasMember(Long personId) {
        return memberIds.contains(personId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
