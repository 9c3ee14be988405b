package org.excoord.directory;

import jakarta.validation.constraints.Size;
import org.excoord.shared.CleanText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/** A member of staff, mapped to an Entra ID user by object id. */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(name = "entra_object_id")
    @Size(max = 64)
    @CleanText
    private String entraObjectId;
    @Size(max = 320)
    @CleanText
    private String upn;
    @Column(name = "display_name")
    @Size(max = 200)
    @CleanText
    private String displayName;
    @Size(max = 320)
    @CleanText
    private String email;
    @Column(name = "job_title")
    @Size(max = 200)
    @CleanText
    private String jobTitle;
    @Column(name = "org_unit_id")
    private Long orgUnitId;
    @Column(name = "manager_id")
    private Long managerId;
    @Column(name = "time_zone")
    @Size(max = 64)
    @CleanText
    private String timeZone;
    private boolean active = true;

    // roles decide every authorization, so they always come with the person; loaded for up to 64 people at once
    @ElementCollection(fetch = FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 64)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private long version;

    protected Person() {
    }

    public Person(String entraObjectId, String upn, String displayName, Long orgUnitId, ZoneId timeZone, Set<Role> roles) {
        this.entraObjectId = entraObjectId;
        this.upn = upn;
        this.email = upn;
        this.displayName = displayName;
        this.orgUnitId = orgUnitId;
        this.timeZone = timeZone.getId();
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setManagerId(Long managerId) {
        this.managerId = managerId;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public void moveTo(Long orgUnitId) {
        this.orgUnitId = orgUnitId;
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Long getId() {
        return id;
    }

    public String getEntraObjectId() {
        return entraObjectId;
    }

    public String getUpn() {
        return upn;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public Long getOrgUnitId() {
        return orgUnitId;
    }

    public Long getManagerId() {
        return managerId;
    }

    public ZoneId getTimeZone() {
        return ZoneId.of(timeZone);
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }
}
